// What every saved page does when the user sends, shared by gmail-site.js and outlook-site.js, which
// say how their site differs. Test scaffolding, not site markup: it finds its elements through
// data-fixture-* attributes, which the extension never reads.
//
// window.sentMessages records what the site sent; window.messageIn(compose) is what it would send
// now; window.initialEditors holds each editor as rendered and window.editorMutationLog every
// change made to one since (there must be none but the user's typing).
window.fixtureSite = ({ activation, isSendShortcut, messageIn, closeWindow, sentNotice, buildMenu }) => {
  window.sentMessages = [];
  window.messageIn = messageIn;
  let menuOwner = null;

  const send = (compose, path) => {
    window.sentMessages.push({ ...messageIn(compose), path });
    document.querySelector('[data-fixture-menu]')?.remove();
    closeWindow(compose);
    document.body.append(sentNotice(path));
  };

  const openSendMenu = (compose, button) => {
    document.querySelector('[data-fixture-menu]')?.remove();
    menuOwner = compose;
    button.setAttribute('aria-expanded', 'true');
    const menu = buildMenu(button);
    menu.setAttribute('data-fixture-menu', '');
    menu.querySelector('[role="menuitem"]').setAttribute('data-fixture-action', 'schedule');
    const box = button.getBoundingClientRect();
    const top = box.bottom + 60 < innerHeight ? box.bottom + 4 : box.top - 48;
    menu.style.cssText = `position:fixed;left:${box.left}px;top:${top}px;background:#fff;box-shadow:0 4px 8px rgba(0,0,0,.2);padding:4px;z-index:1000`;
    document.body.append(menu);
  };

  document.addEventListener(activation, (event) => {
    const control = event.target.closest('[data-fixture-action]');
    if (!control) return;
    const action = control.getAttribute('data-fixture-action');
    if (action === 'schedule') return send(menuOwner, 'schedule');
    const compose = control.closest('[data-fixture-compose]');
    if (action === 'send-menu') return openSendMenu(compose, control);
    send(compose, action);
  });

  document.addEventListener('keydown', (event) => {
    const compose = event.target.closest?.('[data-fixture-compose]');
    if (!compose || !isSendShortcut(event)) return;
    event.preventDefault();
    send(compose, 'shortcut');
  });

  window.initialEditors = Object.fromEntries([...document.querySelectorAll('[data-fixture-editor]')]
    .map((editor) => [editor.closest('[data-fixture-compose]').getAttribute('data-fixture-compose'), editor.innerHTML]));
  window.editorMutationLog = [];
  for (const editor of document.querySelectorAll('[data-fixture-editor]')) {
    new MutationObserver((records) => {
      window.editorMutationLog.push(...records.map((record) => `${record.type} ${record.target.nodeName} ${record.attributeName || ''}`));
    }).observe(editor, { subtree: true, childList: true, characterData: true, attributes: true });
  }
};
