// Material's search box reads its text on keyup (and on focus), not on `input`.
// Text that arrives without a key—pasted with the mouse, autofilled, or CJK
// inserted by an input method or a test driver—would otherwise never be
// searched when it lands after the focus event. Announce it as a keyup.
document.addEventListener("input", (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.matches("input.md-search__input")) {
    box.dispatchEvent(new KeyboardEvent("keyup"));
  }
});
