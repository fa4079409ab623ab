/**
 * The only inline script: it runs before first paint so the enhanced layout never jumps in
 * after load (no layout shift). Its hash goes into the Content Security Policy.
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.replace('no-js','js')";
