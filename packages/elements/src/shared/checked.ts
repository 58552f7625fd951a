// A checkbox's or radio button's state, bound as `?checked=${checked(on)}`. Lit's server renderer
// writes a `.checked` binding as the attribute `checked="false"`, which checks the box: a
// prerendered table showed every filter ticked, and a prerendered explorer its last mode chosen.
// So the state is a boolean attribute, which the server writes right (present or not); in the
// browser the directive also sets the property, because the attribute stops steering a box once
// the reader has clicked it (its checkedness is then "dirty"), and the state can change after
// that from elsewhere (the map's legend, an attribute, the address).
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

class CheckedDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.BOOLEAN_ATTRIBUTE || info.name !== 'checked') throw new Error('checked() is bound as ?checked=${checked(on)}');
  }

  /** On the server: the attribute, present when checked. */
  render(on: boolean): boolean {
    return on;
  }

  /** In the browser: the property too, where it differs (the reader may have changed it). */
  override update(part: AttributePart, [on]: [boolean]): boolean {
    const input = part.element as HTMLInputElement;
    if (input.checked !== on) input.checked = on;
    return on;
  }
}

/** The state of a checkbox or radio button, for `?checked=${checked(on)}`. */
export const checked = directive(CheckedDirective);
