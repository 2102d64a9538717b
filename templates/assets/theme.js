/* Runs in <head> before the first paint, so a reader's saved light/dark choice never flashes the
   other one. A file, not an inline script: the pages' Content-Security-Policy runs only the site's own files. */
try {
  var t = localStorage.getItem('initlab-theme');
  if (t === 'dark' || t === 'light') { document.documentElement.dataset.theme = t; }
} catch (e) {}
