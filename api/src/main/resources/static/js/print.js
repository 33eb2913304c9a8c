// The print button of a report page: prints the page; page.css leaves the header, footer and the
// button off paper. Every page script is an ES module like this one, loaded from its page's <main>.
for (const button of document.querySelectorAll('[data-print]')) {
  button.addEventListener('click', () => window.print());
}
