import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';

export const mapStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      --_map-height: var(--pa-map-height, 28rem);
      --_sea: var(--pa-map-sea, light-dark(#e8f1f8, #111c26));
      --_land: var(--pa-map-land, light-dark(#d9dde2, #39414b));
      --_border: var(--pa-map-border, light-dark(#ffffff, #16191d));
      --_marker: var(--pa-map-marker, var(--_c-accent));
      --_cluster: var(--pa-map-cluster, light-dark(#123d6b, #b9d8fb));
      --_home: var(--pa-map-home, light-dark(#a4262c, #ff9e9e));
      --_arc: var(--pa-map-arc, var(--_home));
      --_highlight: var(--pa-map-highlight, light-dark(#b45f00, #ffc061));
      --_scale: var(--pa-map-scale, var(--_c-accent));
    }
    .map {
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      align-items: center;
    }
    .group {
      display: inline-flex;
      gap: var(--_space-xs);
      align-items: center;
    }
    .toolbar button,
    .panel button,
    .table-view button {
      min-block-size: var(--_target);
      min-inline-size: var(--_target);
      padding-block: 0.15rem;
      padding-inline: var(--_space-s);
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
      background: var(--_c-surface);
      color: var(--_c-text);
      font: inherit;
      cursor: pointer;
    }
    .toolbar button:disabled,
    .toolbar button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: default;
    }
    .toolbar button[aria-pressed='true'] {
      background: var(--_c-accent);
      color: var(--_c-accent-contrast);
      border-color: var(--_c-accent);
    }
    .toolbar .icon {
      inline-size: 2rem;
      font-weight: 700;
      padding-inline: 0;
    }
    .stage {
      position: relative;
      /* Unless --pa-map-height is set: as high as the world is at this width (a phone shows no band of empty sea),
         between 15rem and 28rem. */
      block-size: var(--pa-map-height, auto);
      aspect-ratio: 8 / 5;
      min-block-size: min(15rem, var(--_map-height));
      max-block-size: var(--_map-height);
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
      overflow: hidden;
      background: var(--_sea);
    }
    .stage[hidden] {
      display: none;
    }
    .viewport {
      position: absolute;
      inset: 0;
      /* Its width caps the tooltips' (100cqi below). */
      container-type: inline-size;
      overflow: hidden;
      touch-action: none;
      cursor: grab;
      user-select: none;
      -webkit-user-select: none;
    }
    .viewport.dragging {
      cursor: grabbing;
    }
    .viewport:focus-visible {
      outline-offset: -4px;
    }
    svg.world,
    canvas {
      position: absolute;
      inset-block-start: 0;
      left: 0;
      inline-size: 100%;
      block-size: 100%;
      display: block;
    }
    canvas {
      pointer-events: none;
    }
    .sphere {
      fill: var(--_sea);
    }
    .land {
      fill: var(--_land);
      stroke: var(--_border);
      stroke-width: 0.6;
      vector-effect: non-scaling-stroke;
    }
    .land.c1 {
      fill: color-mix(in srgb, var(--_scale) 18%, var(--_land));
    }
    .land.c2 {
      fill: color-mix(in srgb, var(--_scale) 36%, var(--_land));
    }
    .land.c3 {
      fill: color-mix(in srgb, var(--_scale) 55%, var(--_land));
    }
    .land.c4 {
      fill: color-mix(in srgb, var(--_scale) 75%, var(--_land));
    }
    .land.c5 {
      fill: var(--_scale);
    }
    .land.open {
      stroke: var(--_highlight);
      stroke-width: 2.5;
    }
    .layer {
      position: absolute;
      inset-block-start: 0;
      left: 0;
      inline-size: 0;
      block-size: 0;
      transform-origin: 0 0;
    }
    /* Positioned in physical pixels: the map itself is not mirrored on right-to-left pages, only its controls. */
    .hit {
      position: absolute;
      inset-block-start: 0;
      left: 0;
      display: grid;
      place-items: center;
      padding: 0;
      margin: 0;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--_c-text);
      font: inherit;
      cursor: pointer;
    }
    .hit:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 1px;
    }
    /* Above the groups' targets it sits beside (see homeSpot): the star stays reachable where it is drawn. */
    .hit.home {
      z-index: 1;
    }
    /*
     * Placed by the map from the place's top-left corner, in physical pixels like the places themselves, so that it
     * stays inside the map (above or below the place, shifted sideways near an edge) on either page direction.
     * Until then (and without script), just above the place. Never wider than the map, less a margin on each side.
     */
    .hit .tip {
      position: absolute;
      inset-block-start: 0;
      left: 0;
      translate: var(--_tip-x, 0) var(--_tip-y, calc(-100% - 4px));
      inline-size: max-content;
      max-inline-size: 16rem;
      max-inline-size: min(16rem, 100cqi - 8px);
      padding: 0.1rem 0.4rem;
      border-radius: var(--_radius);
      background: var(--_c-text);
      color: var(--_c-surface);
      font-size: 0.8125rem;
      line-height: 1.3;
      text-align: start;
      pointer-events: none;
      opacity: 0;
      z-index: 2;
    }
    .hit:hover .tip,
    .hit:focus-visible .tip {
      opacity: 1;
    }
    .hit.country {
      border-radius: 999px;
    }
    .hit .badge {
      min-inline-size: 1.5rem;
      padding-inline: 0.3rem;
      border-radius: 999px;
      background: var(--_c-surface);
      color: var(--_c-text);
      border: 1px solid var(--_c-border);
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.4;
    }
    /* A country that would hide another's count: a dot, under the badges (its count is in its name). */
    .hit.minor {
      z-index: 0;
    }
    .hit.country:not(.minor) {
      z-index: 1;
    }
    .hit.minor .badge {
      min-inline-size: 0;
      inline-size: 0.6rem;
      block-size: 0.6rem;
      padding: 0;
      font-size: 0;
      background: var(--_c-text-muted);
    }
    .hit.open .badge {
      outline: 2px solid var(--_highlight);
    }
    .overlay {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      padding: var(--_space-m);
      text-align: center;
      color: var(--_c-text);
      pointer-events: none;
    }
    .overlay p {
      margin: 0;
      padding: var(--_space-s) var(--_space-m);
      border-radius: var(--_radius);
      background: var(--_c-surface);
      box-shadow: var(--_shadow);
    }
    .overlay .error {
      color: var(--_c-danger);
    }
    .pad {
      position: absolute;
      inset-block-end: var(--_space-s);
      /* Over the South Pacific, on right-to-left pages too: the map is not mirrored, and the bottom right is
         Australia and New Zealand (a deliberate physical side, as the compass below). */
      left: var(--_space-s);
      z-index: 2;
    }
    .compass {
      display: grid;
      grid-template-areas: '. up .' 'left . right' '. down .';
      gap: 2px;
      /* The arrows are compass directions on screen: their layout is not mirrored on right-to-left pages. */
      direction: ltr;
    }
    .pad button {
      inline-size: max(var(--_target), 1.75rem);
      block-size: max(var(--_target), 1.75rem);
      padding: 0;
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
      background: var(--_c-surface);
      color: var(--_c-text);
      font: inherit;
      font-weight: 700;
      line-height: 1;
      cursor: pointer;
    }
    .pad button:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 1px;
    }
    .pad .pan-up {
      grid-area: up;
    }
    .pad .pan-left {
      grid-area: left;
    }
    .pad .pan-right {
      grid-area: right;
    }
    .pad .pan-down {
      grid-area: down;
    }
    .panel {
      position: absolute;
      inset-block: var(--_space-s);
      inset-inline-end: var(--_space-s);
      inline-size: min(20rem, calc(100% - 2 * var(--_space-s)));
      overflow: auto;
      padding: var(--_space-m);
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
      background: var(--_c-surface);
      box-shadow: var(--_shadow);
      z-index: 3;
    }
    /* Below the tables, in the flow; still positioned, so that its close button sits in it (not on the page). */
    .table-mode .panel {
      position: relative;
      inset: auto;
      inline-size: auto;
    }
    .panel h3 {
      margin: 0;
      margin-inline-end: 2rem;
      font-size: 1.0625rem;
      line-height: 1.3;
    }
    .panel h3:focus {
      outline: none;
    }
    .panel h3:focus-visible {
      outline: var(--_focus-ring);
    }
    .panel .close {
      position: absolute;
      inset-block-start: var(--_space-s);
      inset-inline-end: var(--_space-s);
    }
    .panel .meta {
      margin-block: var(--_space-xs) var(--_space-s);
      color: var(--_c-text-muted);
    }
    .panel ul {
      margin: 0 0 var(--_space-s);
      padding-inline-start: 1.1rem;
    }
    .panel ul.members {
      list-style: none;
      padding-inline-start: 0;
    }
    .panel ul.members button {
      inline-size: 100%;
      text-align: start;
      margin-block-end: var(--_space-xs);
      border-color: transparent;
      text-decoration: underline;
    }
    .panel .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
    }
    .panel .actions .primary {
      background: var(--_c-accent);
      color: var(--_c-accent-contrast);
      border-color: var(--_c-accent);
    }
    /* Text on the accent: forced colours would put a Canvas backplate behind the HighlightText (white on white). */
    @media (forced-colors: active) {
      .toolbar button[aria-pressed='true'],
      .panel .actions .primary {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
      color: var(--_c-text);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
    }
    .legend svg {
      inline-size: 1.1rem;
      block-size: 1.1rem;
      flex: none;
    }
    .legend .glyph {
      fill: var(--_marker);
      stroke: var(--_c-surface);
    }
    .legend .glyph.cluster {
      fill: var(--_cluster);
    }
    .legend .glyph.home {
      fill: var(--_home);
    }
    .legend .glyph.arc {
      fill: none;
      stroke: var(--_arc);
      stroke-width: 2;
    }
    .legend .glyph.ring {
      fill: none;
      stroke: var(--_highlight);
      stroke-width: 3;
    }
    .legend .swatch {
      inline-size: 1.1rem;
      block-size: 1.1rem;
      border: 1px solid var(--_c-border);
      background: var(--_land);
    }
    .legend .swatch.c1 {
      background: color-mix(in srgb, var(--_scale) 18%, var(--_land));
    }
    .legend .swatch.c2 {
      background: color-mix(in srgb, var(--_scale) 36%, var(--_land));
    }
    .legend .swatch.c3 {
      background: color-mix(in srgb, var(--_scale) 55%, var(--_land));
    }
    .legend .swatch.c4 {
      background: color-mix(in srgb, var(--_scale) 75%, var(--_land));
    }
    .legend .swatch.c5 {
      background: var(--_scale);
    }
    .legend-title {
      font-weight: 600;
    }
    .status {
      margin: 0;
      font-size: 0.875rem;
      color: var(--_c-text-muted);
    }
    .table-view {
      display: grid;
      gap: var(--_space-m);
    }
    .table-view .scroll {
      max-block-size: var(--_map-height);
      overflow: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: 0.9375rem;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: var(--_space-xs);
    }
    th,
    td {
      text-align: start;
      padding-block: 0.25rem;
      padding-inline: var(--_space-s);
      border-block-end: 1px solid var(--_c-border);
      vertical-align: top;
    }
    td.num,
    th.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .table-view td button {
      border-color: transparent;
      text-decoration: underline;
      padding-inline: 0;
      text-align: start;
    }
    .kind-icon {
      inline-size: 0.9rem;
      block-size: 0.9rem;
      vertical-align: -0.1rem;
      margin-inline-end: 0.25rem;
      fill: var(--_marker);
    }
    .probes {
      position: absolute;
      inline-size: 0;
      block-size: 0;
      overflow: hidden;
    }
    /* A colour that changes for any reason (the page's theme, color-scheme, a custom property) ends a transition:
       the canvas is drawn again in the new colours. */
    .probes > span {
      transition: color 1ms;
    }
    .probe-marker {
      color: var(--_marker);
    }
    .probe-cluster {
      color: var(--_cluster);
    }
    .probe-home {
      color: var(--_home);
    }
    .probe-arc {
      color: var(--_arc);
    }
    .probe-highlight {
      color: var(--_highlight);
    }
    .probe-surface {
      color: var(--_c-surface);
    }
    .probe-contrast {
      color: var(--_c-accent-contrast);
    }
  `,
];
