// Keeps the citizen's page usable offline once it was opened over https.
// The cache name is set by kakanai-cli prereg export (a digest of the
// files), so a new export replaces the old copy. Only the page's own files
// are served from here; nothing else is fetched or sent.
'use strict';

const CACHE = 'kakanai-prereg-__KAKANAI_CACHE_VERSION__';
const FILES = [
  './', 'index.html', 'style.css', 'definitions.js', 'jp.js', 'codec.js', 'app.js',
  'vendor/qrcode.js', 'manifest.webmanifest', 'icon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('kakanai-prereg-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// The cached copy first (it is the export the office published), the
// network only for what is not cached.
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)));
});
