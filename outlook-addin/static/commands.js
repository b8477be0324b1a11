// The event page initialises Office.js as every add-in page must (Microsoft,
// "Initialize your Office Add-in"); the handlers in onsend.js are registered
// with Office.actions.associate and do not wait for it.
Office.onReady();
