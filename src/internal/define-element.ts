/**
 * Registers a custom element unless that name is already taken, so that importing a module twice, or loading the
 * CDN bundle twice on one page, never throws "already defined". When another class already owns the name, a warning
 * says so once (two different versions of the library on one page).
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, ctor);
  } else if (existing !== ctor && !warned.has(name)) {
    warned.add(name);
    console.warn(`[partner-atlas] <${name}> is already defined by another copy of the library; keeping the first.`);
  }
}
const warned = new Set<string>();
