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

// Gmail's recipient fields, reduced likewise (2021+ "peoplekit" rows):
// - A chip's remove button, its one [role=button] ("Remove <name>", div.afX), takes the chip out on click.
// - An address typed into a field's input becomes a chip at a comma or semicolon (Gmail Help, "Send an
//   email": separate several addresses with commas), and the input empties.
document.addEventListener('click', (event) => {
  const remove = event.target.closest?.('[role="option"][data-hovercard-id] [role="button"]');
  if (remove) remove.closest('[role="listbox"] > div').remove();
});
document.addEventListener('input', (event) => {
  const input = event.target;
  if (!input.matches?.('input[peoplekit-id]') || !/[,;]/.test(input.value)) return;
  const listbox = input.closest('[name]').querySelector('[role="listbox"]');
  for (const address of input.value.split(/[,;]/).map((part) => part.trim()).filter(Boolean)) {
    const chip = Object.assign(document.createElement('div'), { className: 'afV' });
    chip.setAttribute('role', 'option');
    chip.setAttribute('data-name', address);
    chip.setAttribute('data-hovercard-id', address);
    chip.setAttribute('aria-label', address);
    const name = Object.assign(document.createElement('div'), { className: 'akl', textContent: address });
    const remove = Object.assign(document.createElement('div'), { className: 'afX' });
    remove.setAttribute('role', 'button');
    remove.setAttribute('aria-label', `Remove ${address}`);
    chip.append(name, remove);
    const wrapper = document.createElement('div');
    const inner = document.createElement('div');
    inner.append(chip);
    wrapper.append(inner);
    listbox.append(wrapper);
  }
  input.value = '';
});
