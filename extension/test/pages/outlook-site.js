// Outlook on the web's sending behaviour, reduced to what a test needs, for every outlook-*.html page
// (see site-common.js). How Outlook on the web acts, from public sources:
// - Its buttons are React/Fluent UI <button>s that act on click (Fluent UI's Button and SplitButton;
//   Mailvelope's outlookIntegration.js builds its own button the same way).
// - Ctrl+Enter sends, and so does Alt+S with the Outlook keyboard profile (Microsoft support,
//   "Keyboard shortcuts for Outlook", Outlook on the web).
// - The split Send button's arrow opens a menu in a layer at the end of <body> with "Schedule send"
//   (Microsoft support, "Schedule or delay sending email messages in Outlook on the web").
// - A sent message's compose form closes and "Sent" shows briefly.
window.fixtureSite({
  activation: 'click',
  isSendShortcut: (event) => (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) || (event.altKey && event.key.toLowerCase() === 's'),
  messageIn: (compose) => ({
    compose: compose.getAttribute('data-fixture-compose'),
    to: compose.querySelector('[data-fixture-field="to"]')?.textContent.trim() ?? '',
    cc: compose.querySelector('[data-fixture-field="cc"]')?.textContent.trim() ?? '',
    bcc: compose.querySelector('[data-fixture-field="bcc"]')?.textContent.trim() ?? '',
    subject: compose.querySelector('input[data-fixture-subject]').value,
    body: compose.querySelector('[data-fixture-editor]').innerHTML,
  }),
  closeWindow: (compose) => compose.remove(),
  sentNotice: (path) => Object.assign(document.createElement('div'), { className: 'fui-Toast', textContent: path === 'schedule' ? 'Scheduled' : 'Sent' }),
  buildMenu: () => {
    const layer = Object.assign(document.createElement('div'), { className: 'fui-MenuPopover' });
    const list = Object.assign(document.createElement('div'), { className: 'fui-MenuList' });
    list.setAttribute('role', 'menu');
    const item = Object.assign(document.createElement('div'), { className: 'fui-MenuItem', tabIndex: 0 });
    item.setAttribute('role', 'menuitem');
    item.textContent = document.documentElement.lang === 'fr' ? "Planifier l'envoi" : 'Schedule send';
    list.append(item);
    layer.append(list);
    return layer;
  },
});

// Outlook on the web's recipient wells, reduced likewise: what is typed into a well becomes a pill at a
// semicolon (Microsoft support, "Create and send email in Outlook on the web": separate names with
// semicolons). Pills sit inline in the editable well, so they are removed as any text is: selected and deleted.
document.addEventListener('input', (event) => {
  const well = event.target.closest?.('[contenteditable="true"][role="textbox"][data-fixture-field]');
  if (!well) return;
  const typed = [...well.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
  const text = typed.map((node) => node.textContent).join('');
  if (!text.includes(';')) return;
  for (const node of typed) node.remove();
  for (const entry of text.split(';').map((part) => part.trim()).filter(Boolean)) {
    const pill = document.createElement('div');
    pill.setAttribute('data-selection-index', String(well.querySelectorAll('[data-selection-index]').length));
    const target = Object.assign(document.createElement('span'), { className: 'lpc-hoverTarget', tabIndex: -1, textContent: entry });
    target.setAttribute('role', 'button');
    pill.append(target);
    well.append(pill);
  }
});
