#!/usr/bin/env python3
"""Writes resources/sounds/chime.wav: the calling board's two-tone "pin-pon".

Generated here rather than downloaded, so the sound has no licence question and
can be made again: 880 Hz then 660 Hz (A5, E5), each struck like a bell
(a short attack, then exponential decay), 16-bit mono PCM at 22050 Hz, about
1.2 s. The level stays well below full scale: the board plays it in a waiting
room, over and over.

    python3 tools/make-chime.py [OUTPUT]
"""
import math
import pathlib
import struct
import sys
import wave

RATE = 22050
PEAK = 0.35          # of full scale
ATTACK_S = 0.006     # a click-free start of each tone
NOTES = [            # (start s, frequency Hz, decay time constant s)
    (0.00, 880.0, 0.22),
    (0.42, 660.0, 0.30),
]
LENGTH_S = 1.2
FADE_OUT_S = 0.05    # the file ends at silence, not mid-wave


def sample(t):
    value = 0.0
    for start, freq, decay in NOTES:
        local = t - start
        if local < 0:
            continue
        envelope = min(1.0, local / ATTACK_S) * math.exp(-local / decay)
        # A quiet octave overtone makes it sound struck rather than beeped.
        value += envelope * (math.sin(2 * math.pi * freq * local)
                             + 0.25 * math.sin(2 * math.pi * 2 * freq * local))
    tail = LENGTH_S - t
    if tail < FADE_OUT_S:
        value *= max(0.0, tail / FADE_OUT_S)
    return value / 1.25  # the overtone's share, so one note peaks at 1


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "sounds" / "chime.wav"
    frames = bytearray()
    for n in range(int(LENGTH_S * RATE)):
        v = max(-1.0, min(1.0, PEAK * sample(n / RATE)))
        frames += struct.pack("<h", int(round(v * 32767)))
    out.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))
    print(f"{out}: {len(frames) // 2} samples, {len(frames) // 2 / RATE:.2f} s")


if __name__ == "__main__":
    main()
