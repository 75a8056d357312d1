/*
 * card_read_baseline: the APDUs of a My Number card read (PIN path, no
 * individual number) sent with raw PC/SC and nothing else: no parsing beyond
 * the TLV length header, no digest check, no error mapping. The floor that
 * bench_card_read compares kakanai's MyNumberCard::read() against.
 *
 *   card_read_baseline READER PIN RUNS
 *
 * Prints one line per run, "run_us <microseconds>", then "apdus <count per run>".
 * Exit 0 on success, 1 on a PC/SC or card error (message on stderr).
 */
#define _POSIX_C_SOURCE 200809L

#include <PCSC/winscard.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned char rx[MAX_BUFFER_SIZE];
static int apdus;

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* One APDU; returns the number of data bytes (without SW) or -1; *sw gets SW1SW2. */
static long xfer(SCARDHANDLE card, const SCARD_IO_REQUEST *pci, const unsigned char *tx, DWORD txlen, unsigned *sw)
{
    DWORD rxlen = sizeof rx;
    LONG rv = SCardTransmit(card, pci, tx, txlen, NULL, rx, &rxlen);
    ++apdus;
    if (rv != SCARD_S_SUCCESS || rxlen < 2) {
        fprintf(stderr, "card_read_baseline: SCardTransmit: %s\n", pcsc_stringify_error(rv));
        return -1;
    }
    *sw = ((unsigned)rx[rxlen - 2] << 8) | rx[rxlen - 1];
    return (long)rxlen - 2;
}

static int select_ef(SCARDHANDLE card, const SCARD_IO_REQUEST *pci, unsigned fid)
{
    unsigned char cmd[7] = {0x00, 0xA4, 0x02, 0x0C, 0x02, (unsigned char)(fid >> 8), (unsigned char)(fid & 0xFF)};
    unsigned sw = 0;
    return xfer(card, pci, cmd, sizeof cmd, &sw) == 0 && sw == 0x9000 ? 0 : -1;
}

/* READ BINARY: 8 bytes for the header, then the rest in chunks of up to 256. */
static int read_tlv_file(SCARDHANDLE card, const SCARD_IO_REQUEST *pci, unsigned char *out, size_t cap)
{
    unsigned char cmd[5] = {0x00, 0xB0, 0x00, 0x00, 0x08};
    unsigned sw = 0;
    long n = xfer(card, pci, cmd, sizeof cmd, &sw);
    size_t have, total, hdr;
    if (n != 8 || sw != 0x9000)
        return -1;
    memcpy(out, rx, 8);
    /* 2-byte tag (FF 20 / FF 30) + short / 81 / 82 length */
    if (out[2] < 0x80) {
        hdr = 3;
        total = out[2];
    } else if (out[2] == 0x81) {
        hdr = 4;
        total = out[3];
    } else if (out[2] == 0x82) {
        hdr = 5;
        total = ((size_t)out[3] << 8) | out[4];
    } else {
        return -1;
    }
    total += hdr;
    if (total > cap)
        return -1;
    for (have = 8; have < total;) {
        size_t want = total - have > 256 ? 256 : total - have;
        cmd[2] = (unsigned char)((have >> 8) & 0x7F);
        cmd[3] = (unsigned char)(have & 0xFF);
        cmd[4] = (unsigned char)(want == 256 ? 0 : want);
        n = xfer(card, pci, cmd, sizeof cmd, &sw);
        if (n <= 0 || sw != 0x9000)
            return -1;
        memcpy(out + have, rx, (size_t)n);
        have += (size_t)n;
    }
    return (int)total;
}

static int read_once(SCARDCONTEXT ctx, const char *reader, const char *pin)
{
    static const unsigned char select_ap[] = {0x00, 0xA4, 0x04, 0x0C, 0x0A, 0xD3, 0x92, 0x10, 0x00,
                                              0x31, 0x00, 0x01, 0x01, 0x04, 0x08};
    static const unsigned char tries[] = {0x00, 0x20, 0x00, 0x80};
    unsigned char verify[9] = {0x00, 0x20, 0x00, 0x80, 0x04};
    unsigned char file[2048];
    SCARDHANDLE card;
    DWORD proto = 0;
    const SCARD_IO_REQUEST *pci;
    unsigned sw = 0;
    int ok = -1;
    LONG rv = SCardConnect(ctx, reader, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &proto);
    if (rv != SCARD_S_SUCCESS) {
        fprintf(stderr, "card_read_baseline: SCardConnect: %s\n", pcsc_stringify_error(rv));
        return -1;
    }
    pci = proto == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    if (SCardBeginTransaction(card) != SCARD_S_SUCCESS)
        goto out;
    memcpy(verify + 5, pin, 4);
    if (xfer(card, pci, select_ap, sizeof select_ap, &sw) != 0 || sw != 0x9000)
        goto end;
    if (select_ef(card, pci, 0x0011) != 0)
        goto end;
    if (xfer(card, pci, tries, sizeof tries, &sw) != 0 || (sw & 0xFFF0) != 0x63C0)
        goto end;
    if (xfer(card, pci, verify, sizeof verify, &sw) != 0 || sw != 0x9000)
        goto end;
    if (select_ef(card, pci, 0x0002) != 0 || read_tlv_file(card, pci, file, sizeof file) < 0)
        goto end;
    if (select_ef(card, pci, 0x0003) != 0 || read_tlv_file(card, pci, file, sizeof file) < 0)
        goto end;
    ok = 0;
end:
    SCardEndTransaction(card, SCARD_LEAVE_CARD);
out:
    memset(verify, 0, sizeof verify);
    SCardDisconnect(card, SCARD_UNPOWER_CARD);
    if (ok != 0)
        fprintf(stderr, "card_read_baseline: read failed (last SW %04X)\n", sw);
    return ok;
}

int main(int argc, char **argv)
{
    SCARDCONTEXT ctx;
    int runs, i, per_run = 0;
    LONG rv;
    if (argc != 4 || strlen(argv[2]) != 4) {
        fprintf(stderr, "usage: card_read_baseline READER PIN(4 digits) RUNS\n");
        return 2;
    }
    runs = atoi(argv[3]);
    rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, NULL, NULL, &ctx);
    if (rv != SCARD_S_SUCCESS) {
        fprintf(stderr, "card_read_baseline: SCardEstablishContext: %s\n", pcsc_stringify_error(rv));
        return 1;
    }
    for (i = 0; i < runs; ++i) {
        double t0 = now_us(), t1;
        apdus = 0;
        if (read_once(ctx, argv[1], argv[2]) != 0) {
            SCardReleaseContext(ctx);
            return 1;
        }
        t1 = now_us();
        per_run = apdus;
        printf("run_us %.1f\n", t1 - t0);
    }
    printf("apdus %d\n", per_run);
    SCardReleaseContext(ctx);
    return 0;
}
