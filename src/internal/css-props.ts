import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), never through a `style` attribute
 * string. Lit's own `styleMap` writes the attribute on first render, which a strict Content-Security-Policy
 * (`style-src` without `'unsafe-inline'`) blocks; CSSOM changes are always allowed. Use it as `style=${cssProps({...})}`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssProps() must be used in the style attribute');
    }
  }

  render(_props: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      if (name.startsWith('--') || name.includes('-')) style.setProperty(name, value);
      else (style as unknown as Record<string, string>)[name] = value;
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
