// Gmail's sending behaviour, reduced to what a test needs, for every gmail-*.html page (see site-common.js).
// How Gmail acts, from public sources:
// - Its div buttons act on mouseup, not click: gmail.js listens for mouseup on the compose close
//   button (KartikTalwar/gmail.js src/gmail.js, observer "compose"), and scripts that press Gmail's
//   send menu dispatch mousedown then mouseup (the schedule-send helpers found by the code search).
// - Ctrl/Cmd+Enter in a compose window sends it (the Send tooltip reads "Send (Ctrl-Enter)").
// - "More send options" opens a menu at the end of <body>, outside the compose window, whose
//   "Schedule send" item carries selector="scheduledSend" (InboxSDK gmail-compose-view.ts
//   getScheduleSendButton; several extensions rely on that attribute).
// - A sent compose window closes and "Message sent" shows at the bottom left.
const chipsIn = (compose, field) => [
  ...[...compose.querySelectorAll(`[data-fixture-field="${field}"] [data-hovercard-id]`)].map((chip) => chip.getAttribute('data-hovercard-id')),
  ...[...compose.querySelectorAll(`input[type="hidden"][name="${field}"]`)].map((input) => input.value),
];

window.fixtureSite({
  activation: 'mouseup',
  isSendShortcut: (event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey),
  messageIn: (compose) => ({
    compose: compose.getAttribute('data-fixture-compose'),
    to: chipsIn(compose, 'to'), cc: chipsIn(compose, 'cc'), bcc: chipsIn(compose, 'bcc'),
    subject: (compose.querySelector('input[name="subjectbox"]') || compose.querySelector('input[name="subject"]')).value,
    body: compose.querySelector('[g_editable]').innerHTML,
  }),
  closeWindow: (compose) => compose.closest('[data-fixture-window]').remove(),
  sentNotice: (path) => Object.assign(document.createElement('div'), { className: 'bAq', textContent: path === 'schedule' ? 'Send scheduled' : 'Message sent' }),
  buildMenu: (button) => {
    const menu = Object.assign(document.createElement('div'), { className: 'J-M' });
    menu.setAttribute('role', 'menu');
    const item = Object.assign(document.createElement('div'), { className: 'J-N' });
    item.setAttribute('role', 'menuitem');
    item.setAttribute('selector', 'scheduledSend');
    item.textContent = button.closest('[lang]')?.getAttribute('lang') === 'fr' ? "Planifier l'envoi" : 'Schedule send';
    menu.append(item);
    return menu;
  },
});
