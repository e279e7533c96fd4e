import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../internal/css-props.js';
import type { Institution } from '../../data/model.js';
import type { FacetName, StoreApi, StoreState } from '../../state/types.js';
import { FACETS } from '../../state/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { registerEnglish } from '../../i18n/registry.js';
import enMap from '../../i18n/translations/en-map.js';
import { StoreController } from '../../state/store-controller.js';
import { OffscreenGate } from '../../internal/on-screen.js';
import { findStore } from '../../state/store-registry.js';
import type { DataController } from '../../state/data-controller.js';
import type { TranslationKey, TranslationParams } from '../../i18n/localize.js';
import { buildMapModel, classBreaks, classify, type MapInstitution, type MapModel } from '../../map/aggregate.js';
import { arcsPath, type LngLat } from '../../map/arcs.js';
import { ClusterIndex, type Cluster } from '../../map/cluster.js';
import { regionOf } from '../../data/countries.js';
import { PointerGesture, wheelFactor } from '../../map/gestures.js';
import {
  directionOf,
  nearestInDirection,
  panAction,
  surfaceAction,
  zoomKey,
  ZOOM_STEP,
  type Direction,
} from '../../map/keyboard.js';
import { loadOutline, loadedOutline, type Outline, type OutlineDetail } from '../../map/outline.js';
import { baseProjection } from '../../map/projection.js';
import { addShape, clusterRadius, KIND_SHAPES, markerRadius, shapeSvg } from '../../map/shapes.js';
import { HOME_RADIUS, HOME_TARGET, homeSpot, placeTip, type Group, type Point } from '../../map/placement.js';
import {
  clampView,
  extend,
  fitView,
  interpolateView,
  limitsFor,
  panBy,
  visibleBounds,
  zoomAt,
  type Bounds,
  type Size,
  type View,
} from '../../map/view.js';
import { InstitutionOpenEvent } from '../../events/institution-open.js';
import { mapStyles } from './map.styles.js';

/** Display modes of the map. */
export const MAP_MODES = ['markers', 'countries'] as const;
export type MapMode = (typeof MAP_MODES)[number];

/** One focusable place on the map: an institution, a cluster, the home institution or a country. */
interface Place {
  readonly key: string;
  readonly type: 'institution' | 'cluster' | 'home' | 'country';
  /** Screen position at the layer's view. */
  readonly sx: number;
  readonly sy: number;
  /** Hit size in pixels (at least the 24px target). */
  readonly size: number;
  readonly label: string;
  readonly cluster?: Cluster;
  readonly item?: MapInstitution;
  readonly country?: string;
  readonly count?: number;
  /** A country badge that would overlap a country with more partnerships: drawn as a dot, its count in its name. */
  readonly minor?: boolean;
}

type Opened =
  | { readonly type: 'institution'; readonly id: string; readonly from?: Opened }
  | { readonly type: 'cluster'; readonly ids: readonly string[]; readonly shared: boolean; readonly name: string }
  | { readonly type: 'country'; readonly country: string };

interface Colours {
  marker: string;
  cluster: string;
  home: string;
  arc: string;
  highlight: string;
  surface: string;
  contrast: string;
}

/** The facet "show only these" uses when the engine supports one for institutions (see the note in map docs). */
// The map's English strings are not in the English core (pages without a map do not download them).
registerEnglish({ map: enMap });

const INSTITUTION_FACET = 'institution';
const IDLE_MS = 120;
const ANIMATION_MS = 300;
const MAX_PLACES = 1500;
const PANEL_PARTNERSHIPS = 8;
const PANEL_MEMBERS = 50;
/** How long the status waits for the counts to settle before it is announced. */
const ANNOUNCE_MS = 500;
/** A store change this soon after the visitor pressed a key or a pointer in the map comes from the map. */
const INTERACTION_MS = 2000;

/**
 * A world map of the partner institutions of the current results: markers sized by number of partnerships and
 * shaped by kind, clusters, the home institution with great-circle arcs to its partners, a country view shaded by
 * partnerships, and a table view as an equal alternative. Draws Natural Earth outlines bundled with the library
 * (loaded lazily on first use): no tiles, no key, no third-party request.
 *
 * Reads the same store as the directory: nested in a `<pa-data>` provider, connected with `for="store-id"`, given
 * a store in `.store`, or on its own with `src`. Filtering the directory updates the map; "show only these" on an
 * institution filters the directory; selecting a partnership in the directory highlights its institutions. A map
 * outside the viewport (a visitor typing in a directory further down the page) takes such a change in a task after the
 * frame that shows the directory's update, not in that frame; in view, in it.
 *
 * Keyboard: the map surface is one Tab stop (arrow keys pan, `+`/`-` zoom, `Home` resets, `0` fits the results);
 * the places on the map are the next Tab stop (arrow keys move to the nearest place in that direction,
 * `Home`/`End` first/last, `Enter` opens, `Escape` returns to the surface). `Escape` closes an open panel.
 * Four pan buttons on the map move it without dragging (they keep their compass directions on right-to-left pages).
 *
 * @tag pa-map
 * @summary A tile-free world map of partner institutions, tied to the directory's filters.
 *
 * @fires {InstitutionOpenEvent} pa-institution-open - When the visitor opens an institution's details.
 *
 * @csspart toolbar - The row of map controls.
 * @csspart stage - The framed map area.
 * @csspart viewport - The pannable map surface (focusable).
 * @csspart pan - The group of four buttons that move the map.
 * @csspart panel - The details panel of an institution, a group or a country.
 * @csspart legend - The legend below the map.
 * @csspart status - The status line (counts, institutions without location).
 * @csspart table - The table view.
 *
 * @cssproperty [--pa-map-height=28rem] - Height of the map area. Unset, the map is 8:5 (as high as the world at its
 *   width), between 15rem and 28rem high.
 * @cssproperty [--pa-map-sea=light-dark(#e8f1f8, #111c26)] - Sea colour.
 * @cssproperty [--pa-map-land=light-dark(#d9dde2, #39414b)] - Land colour.
 * @cssproperty [--pa-map-border=light-dark(#ffffff, #16191d)] - Country border colour.
 * @cssproperty [--pa-map-marker=var(--pa-color-accent)] - Institution marker colour.
 * @cssproperty [--pa-map-cluster=light-dark(#123d6b, #b9d8fb)] - Group marker colour.
 * @cssproperty [--pa-map-home=light-dark(#a4262c, #ff9e9e)] - Home institution colour.
 * @cssproperty [--pa-map-arc=var(--pa-map-home)] - Colour of the arcs from the home institution.
 * @cssproperty [--pa-map-highlight=light-dark(#b45f00, #ffc061)] - Ring around institutions selected in the directory.
 * @cssproperty [--pa-map-scale=var(--pa-color-accent)] - Darkest shade of the country view.
 */
export class PaMap extends LitElement {
  static override styles = mapStyles;

  /** URL of a dataset: the map then creates and loads its own store (for a map used alone). */
  @property({ reflect: true })
  src?: string;

  /** How to read `src`: `json` (default), `csv`, `remote`, or the name of a registered source (as on `<pa-data>`). */
  @property({ attribute: 'source-type' })
  sourceType?: string;

  /** The data itself, as a JavaScript value, for a map used alone (a dataset, or a list of ROR records). */
  @property({ attribute: false })
  data?: unknown;

  /** Id of a `<pa-data>` (or other store provider) elsewhere on the page whose store the map should follow. */
  @property({ reflect: true })
  for?: string;

  /** The store to follow, set directly (takes precedence over `for` and context). */
  @property({ attribute: false })
  store?: StoreApi;

  /** What the map shows: `markers` (institutions and groups) or `countries` (countries shaded by partnerships). */
  @property({ reflect: true })
  mode: MapMode = 'markers';

  /** Shows the table view (countries and institutions with counts) instead of the map. */
  @property({ type: Boolean, reflect: true })
  table = false;

  /** Groups nearby institutions when zoomed out. Set `no-cluster` to draw every institution (shared spots still group). */
  @property({ type: Boolean, attribute: 'no-cluster' })
  noCluster = false;

  /** Hides the arcs from the home institution to its partners. */
  @property({ type: Boolean, attribute: 'no-arcs' })
  noArcs = false;

  /** Outline detail: `110m`, or `auto` to load the finer 50m outline when zoomed in far. */
  @property({ reflect: true })
  detail: '110m' | 'auto' = '110m';

  /** Accessible name of the map; defaults to a translated "World map of partner institutions". */
  @property()
  label?: string;

  private readonly i18n = new LocalizeController(this);
  /** The store named by `for`, or provided by an enclosing `<pa-data>`. */
  private readonly linked = new StoreController(this, () => 0);
  /**
   * The map's own store and loader, used when it has `src` or `data` (a map used alone). Imported on demand, so a
   * map that follows another element's store does not bring the loaders (CSV parser included) with it.
   */
  private loader?: DataController;
  private loaderRequested = false;

  @state() private storeState?: StoreState;
  @state() private outline?: Outline;
  @state() private outlineFailed = false;
  @state() private opened?: Opened;
  /** The view the focusable layer was last rendered at (it follows the live view after each gesture). */
  @state() private layerView?: View;
  @state() private focusKey = '';

  private activeStore?: StoreApi;
  private unsubscribe?: () => void;
  /** Off screen, the map takes a change of the store after the frame that shows it elsewhere (the directory). */
  private gate?: OffscreenGate;

  private view: View = { k: 1, x: 0, y: 0 };
  private size: Size = { width: 0, height: 0 };
  private userMoved = false;
  private measureRetries = 0;
  private dpr = 1;
  private colours?: Colours;
  private resizeObserver?: ResizeObserver;
  private frame = 0;
  private idleTimer = 0;
  private animation = 0;
  /** Where a running animation is going. */
  private target?: View;
  private readonly gesture = new PointerGesture();
  private suppressClick = false;
  private restoreFocus?: string;
  /**
   * The place that had the focus when the layer last rendered (its key, and where it is on the world), so that a
   * place that goes away (a group split by zooming in, a place filtered out) hands the focus to the nearest one.
   */
  private focusedPlace?: { key: string; bx: number; by: number };
  /** The view the places were placed at. */
  private placesView?: View;
  private focusPanel = false;
  /** In the table view, the row button that opened the panel (a selector), where focus returns when it closes. */
  private tableOpener?: string;

  /** The status line as shown; what the live region says, only when the change is the visitor's doing in the map. */
  @state() private announcement = '';
  private shownStatus = '';
  private announceTimer = 0;
  /** The announcement of a settled view (see announceView), apart from the status's, which it must not cancel. */
  private viewTimer = 0;
  private lastInteraction = -Infinity;

  /** The `for` id looked for already (each is looked for, and warned about, once). */
  private forChecked?: string;

  private modelFor?: { dataset: unknown; hits: unknown };
  private model?: MapModel;
  private index?: ClusterIndex;
  private indexClustered = true;
  private arcCache = new Map<number, Path2D>();
  /** The cluster index whose levels are being prepared in idle time. */
  private preparedIndex?: ClusterIndex;
  private highlightSet = new Set<string>();
  private highlightFor?: unknown;
  private places: Place[] = [];
  private media?: MediaQueryList;

  // ------------------------------------------------------------------ lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ensureOutline('110m');
    this.media = matchMedia('(prefers-color-scheme: dark)');
    this.media.addEventListener('change', this.onSchemeChange);
    // Before the store: its changes go through the gate.
    this.gate = new OffscreenGate(this, () => {
      if (this.activeStore) this.storeState = this.activeStore.getState();
    });
    this.connectStore();
    this.checkFor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.media?.removeEventListener('change', this.onSchemeChange);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.animation);
    clearTimeout(this.idleTimer);
    clearTimeout(this.announceTimer);
    clearTimeout(this.viewTimer);
    this.frame = 0;
    this.gate?.disconnect();
    this.gate = undefined;
    this.disconnectStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Cheap identity check each update: follows `store`, `src`, `for` and providers that come and go.
    this.connectStore();
    if (changed.has('noCluster')) this.index = undefined;
    if (changed.has('for') && this.hasUpdated) this.checkFor();
    this.syncModel();
    this.syncStatus();
  }

  protected override firstUpdated(): void {
    const viewport = this.viewportEl;
    if (!viewport) return;
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(viewport);
    // Measured right after this first update as well (the observer does not run while the page is hidden: background
    // tab, headless runs); not inside it, where a new size would schedule an update from within an update.
    void this.updateComplete.then(() => this.isConnected && this.measure());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('mode') || changed.has('table') || (changed as PropertyValues).has('outline'))
      this.colours = undefined;
    // Back from the table: the map is laid out again; measure it once this update is done.
    if (changed.has('table') && !this.table) void this.updateComplete.then(() => this.isConnected && this.measure());
    this.applyTransforms();
    this.draw();
    this.prepareLevels();
    if (this.focusPanel) {
      this.focusPanel = false;
      this.renderRoot.querySelector<HTMLElement>('.panel h3')?.focus();
    }
    if (this.restoreFocus !== undefined) {
      const key = this.restoreFocus;
      this.restoreFocus = undefined;
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) ?? this.viewportEl;
      target?.focus();
    }
    this.keepPlaceFocus();
    this.announceView(changed);
  }

  /**
   * A visitor in the map moved or zoomed it (by keyboard, or with a screen reader): how many places they can now
   * reach is said politely, once the view has settled ("12 places on the map").
   */
  private announceView(changed: PropertyValues): void {
    if (!changed.has('layerView') || changed.get('layerView') === undefined || this.table) return;
    if (!(this.renderRoot as ShadowRoot).activeElement) return;
    const text = this.t('map.places', { count: this.places.length });
    clearTimeout(this.viewTimer);
    // The same words again (a pan that keeps the count) end differently, so that they are said again.
    this.viewTimer = window.setTimeout(
      () => (this.announcement = this.announcement === text ? `${text}\u00a0` : text),
      ANNOUNCE_MS,
    );
  }

  /** The place that has the focus, with where it is on the world (base units), if one has it. */
  private placeWithFocus(): { key: string; bx: number; by: number } | undefined {
    const key = ((this.renderRoot as ShadowRoot | undefined)?.activeElement as HTMLElement | null)?.dataset?.['key'];
    const place = key === undefined ? undefined : this.places.find((p) => p.key === key);
    const pv = this.placesView;
    return place && pv ? { key: place.key, bx: (place.sx - pv.x) / pv.k, by: (place.sy - pv.y) / pv.k } : undefined;
  }

  /**
   * The focused place went away in this update (a group split when zooming in, a place no longer in the results):
   * the focus goes to the nearest place where it was, not to the page (and the visitor's next Tab with it).
   */
  private keepPlaceFocus(): void {
    const was = this.focusedPlace;
    this.focusedPlace = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (!was || root.activeElement || this.table) return;
    const lv = this.layerView;
    if (!lv) return;
    const x = was.bx * lv.k + lv.x;
    const y = was.by * lv.k + lv.y;
    let nearest: Place | undefined;
    for (const p of this.places)
      if (!nearest || Math.hypot(p.sx - x, p.sy - y) < Math.hypot(nearest.sx - x, nearest.sy - y)) nearest = p;
    const target = nearest ? root.querySelector<HTMLElement>(`[data-key="${CSS.escape(nearest.key)}"]`) : null;
    if (nearest) this.focusKey = nearest.key;
    (target ?? this.viewportEl)?.focus({ preventScroll: true });
  }

  // ------------------------------------------------------------------ store

  /** The store to follow: the `store` property, else its own (with `src` or `data`), else `for` or context. */
  private resolveStore(): StoreApi | undefined {
    if (this.store) return this.store;
    if (this.src || this.data !== undefined) {
      if (!this.loaderRequested) {
        this.loaderRequested = true;
        void import('../../state/data-controller.js').then(({ DataController }) => {
          this.loader = new DataController(this, () => ({ src: this.src, type: this.sourceType, data: this.data }));
          this.requestUpdate();
        });
      }
      return this.loader?.store;
    }
    return this.linked.store;
  }

  private connectStore(): void {
    const store = this.isConnected ? this.resolveStore() : undefined;
    if (store === this.activeStore) return;
    this.disconnectStore();
    if (!store) {
      this.storeState = undefined;
      return;
    }
    this.activeStore = store;
    this.storeState = store.getState();
    // Off screen (a visitor typing in a directory further down the page): after the frame, with the state then.
    this.unsubscribe = store.subscribe(() => this.gate?.request());
  }

  private disconnectStore(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.activeStore = undefined;
  }

  /** The store the map follows (its own when `src` is set), if any. */
  get connectedStore(): StoreApi | undefined {
    return this.activeStore;
  }

  /**
   * Tells the webmaster (once) when `for` names no element: the map would stay empty without a word. Looked at once
   * the document has loaded (and after the current task), so a provider parsed or added after the map is no mistake.
   */
  private checkFor(): void {
    const id = this.for?.trim();
    if (!id || id === this.forChecked) return;
    this.forChecked = id;
    const check = () => {
      if (
        id !== this.for?.trim() ||
        !this.isConnected ||
        this.store ||
        this.src ||
        this.data !== undefined ||
        findStore(id)
      )
        return;
      const root = this.getRootNode() as Document | ShadowRoot;
      if (root.getElementById?.(id) || document.getElementById(id)) return;
      console.warn(
        `[partner-atlas] pa-map: for="${id}" names no element on this page; give the <pa-directory> or <pa-data> id="${id}".`,
      );
    };
    if (document.readyState === 'complete') setTimeout(check);
    else window.addEventListener('load', () => setTimeout(check), { once: true });
  }

  /**
   * Keeps the visible status line and the polite live region apart. The line always shows the counts; the region
   * says them (once they have settled) only when the change is the map's: its own data, or the visitor using the map
   * (focus inside it, or a key or pointer pressed in it a moment ago). A search or a filter changed in the directory
   * is announced by the directory alone, not twice.
   */
  private syncStatus(): void {
    const text = this.statusText();
    if (text === this.shownStatus) return;
    this.shownStatus = text;
    clearTimeout(this.announceTimer);
    const ownStore = !this.store && (!!this.src || this.data !== undefined);
    const inMap =
      !!(this.renderRoot as ShadowRoot | undefined)?.activeElement ||
      performance.now() - this.lastInteraction < INTERACTION_MS;
    if (!text || !(ownStore || inMap)) {
      // Emptied without a word, so that the next message is heard even if it is the same text.
      this.announcement = '';
      return;
    }
    this.announceTimer = window.setTimeout(() => (this.announcement = this.shownStatus), ANNOUNCE_MS);
  }

  private onInteraction = () => {
    this.lastInteraction = performance.now();
  };

  // ------------------------------------------------------------------ model

  private syncModel(): void {
    const st = this.storeState;
    const dataset = st?.dataset;
    const hits = st?.result?.hits;
    if (!dataset) {
      this.model = undefined;
      this.modelFor = undefined;
      return;
    }
    const allHits = hits ?? dataset.partnerships.map((_, i) => i);
    if (!this.modelFor || this.modelFor.dataset !== dataset || this.modelFor.hits !== (hits ?? dataset)) {
      this.model = buildMapModel(dataset, allHits);
      this.modelFor = { dataset, hits: hits ?? dataset };
      this.index = undefined;
    }
    if (!this.index || this.indexClustered === this.noCluster) {
      this.index = new ClusterIndex(this.model!.located, this.noCluster ? 0 : 36);
      this.indexClustered = !this.noCluster;
      this.arcCache.clear();
    }
    if (this.highlightFor !== st) {
      this.highlightFor = st;
      const set = new Set(st?.highlighted ?? []);
      if (st?.selected) {
        const p = dataset.partnerships.find((x) => x.id === st.selected);
        for (const ref of p?.partners ?? []) if (ref.id !== dataset.meta.home) set.add(ref.id);
      }
      this.highlightSet = set;
    }
  }

  // ------------------------------------------------------------------ outline and size

  private async ensureOutline(detail: OutlineDetail): Promise<void> {
    const ready = loadedOutline(detail);
    if (ready) {
      if (this.outline !== ready) this.outline = ready;
      return;
    }
    try {
      const outline = await loadOutline(detail);
      if (detail === '110m' && this.outline?.detail === '50m') return;
      this.outline = outline;
    } catch {
      if (detail === '110m') this.outlineFailed = true;
    }
  }

  private measure(): void {
    const viewport = this.viewportEl;
    if (!viewport) return;
    const rect = viewport.getBoundingClientRect();
    const size = { width: rect.width, height: rect.height };
    if (size.width === 0 || size.height === 0) {
      // Not laid out yet (e.g. slotted before its provider rendered): the observer will call again; while the page
      // is hidden it does not, so look again shortly, a few times.
      if (this.measureRetries++ < 20)
        setTimeout(() => this.isConnected && this.size.width === 0 && this.measure(), 100);
      return;
    }
    const prev = this.size;
    this.size = size;
    this.dpr = Math.min(2, window.devicePixelRatio || 1);
    const canvas = this.canvasEl;
    if (canvas) {
      canvas.width = Math.round(size.width * this.dpr);
      canvas.height = Math.round(size.height * this.dpr);
    }
    if (!this.userMoved || prev.width === 0) {
      this.view = this.resetView();
    } else {
      // Keep the centre where it was.
      this.view = clampView(
        panBy(this.view, (size.width - prev.width) / 2, (size.height - prev.height) / 2),
        baseProjection().world,
        size,
      );
    }
    this.layerView = this.view;
    this.draw();
  }

  private resetView(): View {
    return fitView(baseProjection().world, this.size, 8);
  }

  /** The view that shows every drawn institution of the current results (and home). */
  private resultsView(): View {
    let bounds: Bounds | undefined;
    const m = this.model;
    if (m) {
      for (const item of m.located) bounds = extend(bounds, item.x, item.y);
      if (m.home?.located) bounds = extend(bounds, m.home.x, m.home.y);
    }
    if (!bounds) return this.resetView();
    const limits = limitsFor(baseProjection().world, this.size);
    return fitView(bounds, this.size, 48, limits.maxK / 8);
  }

  // ------------------------------------------------------------------ public view actions

  /**
   * Zooms in (factor > 1) or out about the centre of the map, or about a viewport point; animated about the centre
   * (a wheel or pinch about a point follows the gesture), or as `animate` says.
   */
  zoomBy(factor: number, at?: { x: number; y: number }, animate = !at): void {
    const limits = limitsFor(baseProjection().world, this.size);
    const p = at ?? { x: this.size.width / 2, y: this.size.height / 2 };
    // Repeated presses during an animation build on where it is going, not where it is.
    this.setView(zoomAt(this.target ?? this.view, factor, p.x, p.y, limits), animate);
  }

  /** Moves the map by (dx, dy) pixels. */
  panBy(dx: number, dy: number): void {
    this.setView(panBy(this.view, dx, dy), false);
  }

  /** Shows the whole world again. */
  resetZoom(): void {
    this.userMoved = false;
    this.setView(this.resetView(), true, false);
  }

  /** Zooms to show every institution of the current results. */
  fitToResults(): void {
    this.setView(this.resultsView(), true);
  }

  /** The current view transform (base units to pixels); for tests and benchmarks. */
  get currentView(): View {
    return this.view;
  }

  /** Applies a view now or animated (unless the visitor prefers reduced motion). */
  private setView(target: View, animate: boolean, moved = true): void {
    if (moved) this.userMoved = true;
    const clamped = clampView(target, baseProjection().world, this.size);
    this.stopAnimation();
    if (!animate || prefersReducedMotion() || this.size.width === 0 || document.visibilityState === 'hidden') {
      this.view = clamped;
      this.scheduleFrame();
      return;
    }
    const from = this.view;
    const start = performance.now();
    this.target = clamped;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ANIMATION_MS);
      const eased = 1 - Math.pow(1 - t, 3);
      this.view = t >= 1 ? clamped : interpolateView(from, clamped, this.size, eased);
      this.frameNow();
      if (t < 1) this.animation = requestAnimationFrame(step);
      else this.target = undefined;
    };
    this.animation = requestAnimationFrame(step);
  }

  private stopAnimation(): void {
    cancelAnimationFrame(this.animation);
    this.target = undefined;
  }

  private scheduleFrame(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.frameNow();
    });
  }

  /** One frame of a pan or zoom: one transform on the outline, one transform on the layer, one canvas redraw. */
  private frameNow(): void {
    this.applyTransforms();
    this.draw();
    clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => this.settle(), IDLE_MS);
  }

  /** After a gesture: re-render the focusable layer at the new view, load finer outlines if needed. */
  private settle(): void {
    this.layerView = this.view;
    if (this.detail === 'auto' && this.size.width > 0) {
      const fit = this.resetView().k;
      if (this.view.k > fit * 6 && this.outline?.detail !== '50m') void this.ensureOutline('50m');
    }
  }

  private applyTransforms(): void {
    const v = this.view;
    this.worldGroup?.setAttribute('transform', `translate(${v.x},${v.y}) scale(${v.k})`);
    const layer = this.layerEl;
    const lv = this.layerView;
    if (layer && lv) {
      const s = v.k / lv.k;
      const tx = v.x - lv.x * s;
      const ty = v.y - lv.y * s;
      layer.style.transform =
        Math.abs(s - 1) < 1e-9 && Math.abs(tx) < 0.01 && Math.abs(ty) < 0.01
          ? ''
          : `translate(${tx}px, ${ty}px) scale(${s})`;
    }
    this.positionTips();
  }

  // ------------------------------------------------------------------ canvas drawing

  private readColours(): Colours | undefined {
    const probes = this.renderRoot.querySelector('.probes');
    if (!probes) return undefined;
    const read = (name: string) => getComputedStyle(probes.querySelector(`.probe-${name}`)!).color;
    return {
      marker: read('marker'),
      cluster: read('cluster'),
      home: read('home'),
      arc: read('arc'),
      highlight: read('highlight'),
      surface: read('surface'),
      contrast: read('contrast'),
    };
  }

  private clusters(k: number): readonly Cluster[] {
    return this.index?.at(k) ?? [];
  }

  private draw(): void {
    const canvas = this.canvasEl;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const m = this.model;
    if (!m || this.table || this.mode !== 'markers' || this.size.width === 0) return;
    const c = (this.colours ??= this.readColours());
    if (!c) return;
    const v = this.view;
    const dpr = this.dpr;
    const clusters = this.clusters(v.k);
    const home = m.home?.located ? m.home : undefined;

    const arcs = home && !this.noArcs && clusters.length ? this.arcsAt(ClusterIndex.level(v.k)) : undefined;
    if (arcs) {
      ctx.setTransform(dpr * v.k, 0, 0, dpr * v.k, dpr * v.x, dpr * v.y);
      ctx.globalAlpha = 0.5;
      ctx.lineWidth = 1.25 / v.k;
      ctx.strokeStyle = c.arc;
      ctx.stroke(arcs);
      ctx.globalAlpha = 1;
    }

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const singles = new Path2D();
    const groups = new Path2D();
    const rings = new Path2D();
    const labels: Array<[string, number, number]> = [];
    const open = this.openedIds();
    const hl = this.highlightSet;
    const w = this.size.width;
    const h = this.size.height;
    for (const cl of clusters) {
      const sx = cl.x * v.k + v.x;
      const sy = cl.y * v.k + v.y;
      if (sx < -30 || sy < -30 || sx > w + 30 || sy > h + 30) continue;
      let r: number;
      if (cl.members.length === 1) {
        const item = m.located[cl.members[0]!]!;
        r = markerRadius(item.count);
        addShape(singles, KIND_SHAPES[item.institution.kind] ?? 'circle', sx, sy, r);
      } else {
        r = clusterRadius(cl.members.length);
        addShape(groups, 'circle', sx, sy, r);
        labels.push([this.i18n.number(cl.members.length), sx, sy]);
      }
      if (hl.size || open.size) {
        for (const i of cl.members) {
          const id = m.located[i]!.institution.id;
          if (hl.has(id) || open.has(id)) {
            addShape(rings, 'circle', sx, sy, r + 4);
            break;
          }
        }
      }
    }
    ctx.lineJoin = 'round';
    ctx.fillStyle = c.marker;
    ctx.fill(singles);
    ctx.strokeStyle = c.surface;
    ctx.lineWidth = 1.5;
    ctx.stroke(singles);
    ctx.fillStyle = c.cluster;
    ctx.fill(groups);
    ctx.lineWidth = 2;
    ctx.stroke(groups);
    if (labels.length) {
      ctx.fillStyle = c.surface;
      ctx.font = '700 11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const [text, x, y] of labels) ctx.fillText(text, x, y + 0.5);
    }
    const homeAt = home && this.homeAt(v, clusters);
    if (homeAt) {
      const star = new Path2D();
      addShape(star, 'star', homeAt.x, homeAt.y, HOME_RADIUS);
      ctx.fillStyle = c.home;
      ctx.fill(star);
      ctx.strokeStyle = c.surface;
      ctx.lineWidth = 1.5;
      ctx.stroke(star);
    }
    ctx.strokeStyle = c.highlight;
    ctx.lineWidth = 3;
    ctx.stroke(rings);
  }

  /** The arcs from home to the clusters of a level (one Path2D per level, cached). */
  private arcsAt(level: number): Path2D | undefined {
    const m = this.model;
    const home = m?.home?.located ? m.home : undefined;
    if (!m || !home || !this.index) return undefined;
    let arcs = this.arcCache.get(level);
    if (!arcs) {
      const targets: LngLat[] = this.index.atLevel(level).map((cl) => {
        const inst = m.located[cl.members[0]!]!.institution;
        return [inst.lng!, inst.lat!];
      });
      // Drawn at up to the level's largest scale: as fine as that needs, no finer (fewer segments to stroke).
      arcs = arcsPath([home.institution.lng!, home.institution.lat!], targets, Math.pow(2, (level + 1) / 2));
      this.arcCache.set(level, arcs);
    }
    return arcs;
  }

  /**
   * Clusters (and arcs) of every zoom level the visitor can reach, prepared ahead in idle time, nearest levels
   * first, so that no pan or zoom frame has to cluster thousands of points. Restarts when the results change.
   */
  private prepareLevels(): void {
    const index = this.index;
    if (!index || index === this.preparedIndex || this.size.width === 0) return;
    this.preparedIndex = index;
    const limits = limitsFor(baseProjection().world, this.size);
    const current = ClusterIndex.level(this.view.k);
    const levels: number[] = [];
    for (let l = ClusterIndex.level(limits.minK); l <= ClusterIndex.level(limits.maxK); l++) levels.push(l);
    levels.sort((a, b) => Math.abs(a - current) - Math.abs(b - current));
    const step = () => {
      if (this.index !== index || !this.isConnected) return;
      const level = levels.find((l) => !index.has(l));
      if (level === undefined) return;
      index.atLevel(level);
      if (!this.noArcs) this.arcsAt(level);
      whenIdle(step);
    };
    whenIdle(step);
  }

  private openedIds(): Set<string> {
    const o = this.opened;
    if (!o) return new Set();
    if (o.type === 'institution') return new Set([o.id]);
    if (o.type === 'cluster') return new Set(o.ids);
    return new Set();
  }

  // ------------------------------------------------------------------ places (focusable layer)

  /** Where each country's badge stands, for a model and the outline drawn (kept until either changes). */
  private centresFor?: { model: MapModel; outline: unknown; centres: Map<string, { cx: number; cy: number }> };

  private countryCentres(m: MapModel): Map<string, { cx: number; cy: number }> {
    if (this.centresFor?.model === m && this.centresFor.outline === this.outline) return this.centresFor.centres;
    const centres = new Map<string, { cx: number; cy: number }>();
    for (const c of this.outline?.countries ?? []) if (c.country && !centres.has(c.country)) centres.set(c.country, c);
    // Countries the world outline has no shape for (Andorra, Malta, Bahrain, the Maldives, French Guiana…): their
    // badge stands where their institutions are.
    const sums = new Map<string, { x: number; y: number; n: number }>();
    for (const it of m.located) {
      const c = it.institution.country;
      if (!c || centres.has(c) || !it.located) continue;
      const sum = sums.get(c) ?? { x: 0, y: 0, n: 0 };
      sum.x += it.x;
      sum.y += it.y;
      sum.n++;
      sums.set(c, sum);
    }
    for (const [c, { x, y, n }] of sums) centres.set(c, { cx: x / n, cy: y / n });
    this.centresFor = { model: m, outline: this.outline, centres };
    return centres;
  }

  private computePlaces(): Place[] {
    const m = this.model;
    const lv = this.layerView;
    if (!m || !lv || this.size.width === 0) return [];
    const b = visibleBounds(lv, this.size, -4);
    const inView = (x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
    const places: Place[] = [];
    if (this.mode === 'countries') {
      const centres = this.countryCentres(m);
      for (const cc of m.countries) {
        const at = centres.get(cc.country);
        if (!at || !inView(at.cx, at.cy)) continue;
        places.push({
          key: `country:${cc.country}`,
          type: 'country',
          sx: at.cx * lv.k + lv.x,
          sy: at.cy * lv.k + lv.y,
          size: 24,
          country: cc.country,
          count: cc.partnerships,
          label: this.t('map.country', {
            country: this.i18n.country(cc.country),
            partnerships: this.t('map.partnerships', { count: cc.partnerships }),
            institutions: this.t('map.institutions', { count: cc.institutions }),
          }),
        });
      }
      return declutter(places.slice(0, MAX_PLACES));
    }
    const clusters = this.clusters(lv.k);
    const homeAt = m.home?.located && inView(m.home.x, m.home.y) ? this.homeAt(lv, clusters) : undefined;
    if (m.home && homeAt) {
      places.push({
        key: 'home',
        type: 'home',
        sx: homeAt.x,
        sy: homeAt.y,
        size: HOME_TARGET,
        item: m.home,
        label: `${this.t('map.home', { name: this.name(m.home.institution).text })}. ${this.t('map.partnerships', { count: m.home.count })}`,
      });
    }
    for (const cl of clusters) {
      if (!inView(cl.x, cl.y)) continue;
      const sx = cl.x * lv.k + lv.x;
      const sy = cl.y * lv.k + lv.y;
      if (cl.members.length === 1) {
        const item = m.located[cl.members[0]!]!;
        places.push({
          key: `i:${item.institution.id}`,
          type: 'institution',
          sx,
          sy,
          size: Math.max(24, 2 * markerRadius(item.count) + 4),
          item,
          label: this.institutionLabel(item),
        });
      } else {
        const lead = m.located[cl.members[0]!]!.institution;
        places.push({
          key: `c:${lead.id}:${cl.members.length}`,
          type: 'cluster',
          sx,
          sy,
          size: Math.max(24, 2 * clusterRadius(cl.members.length) + 4),
          cluster: cl,
          label: this.clusterName(
            cl.members.map((i) => m.located[i]!),
            cl.shared,
            this.clusterPartnerships(cl),
          ),
        });
      }
      if (places.length >= MAX_PLACES) break;
    }
    return places;
  }

  /**
   * Where the home star is drawn at a view (screen pixels): at home, or beside the group it would cover, so that the
   * group's count stays readable (see homeSpot). The canvas and the focusable layer both place it here.
   */
  private homeAt(v: View, clusters: readonly Cluster[]): Point | undefined {
    const home = this.model?.home;
    if (!home?.located) return undefined;
    function* groups(): Generator<Group> {
      for (const cl of clusters) {
        const count = cl.members.length;
        if (count > 1) yield { x: cl.x * v.k + v.x, y: cl.y * v.k + v.y, r: clusterRadius(count), count };
      }
    }
    return homeSpot({ x: home.x * v.k + v.x, y: home.y * v.k + v.y }, groups(), this.i18n.dir === 'rtl');
  }

  private clusterPartnerships(cl: Cluster): number {
    const m = this.model!;
    const set = new Set<number>();
    for (const i of cl.members) for (const p of m.located[i]!.partnerships) set.add(p);
    return set.size;
  }

  // ------------------------------------------------------------------ text helpers

  private t(key: string, params?: TranslationParams): string {
    const formatted: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params ?? {})) formatted[k] = v;
    return this.i18n.t(key as TranslationKey, formatted);
  }

  private name(inst: Institution): { text: string; lang: string } {
    const picked = this.i18n.text(inst.names);
    return picked.text ? picked : { text: inst.displayName, lang: '' };
  }

  private placeOf(inst: Institution): string {
    const country = inst.country ? this.i18n.country(inst.country) : '';
    if (inst.city && country) return this.t('common.place', { city: inst.city, country });
    return inst.city || country || this.t('common.unknown');
  }

  /**
   * A group's name, as precise as its members allow: "near Belgrade, Serbia" when they are in one city (or "at one
   * spot" when they share one point), "(United Kingdom)" in one country, "(Europe and Asia)" across countries. (Named
   * after its heaviest member alone, a group spanning continents at the world view was "near Dhahran".)
   */
  private clusterName(members: readonly MapInstitution[], shared: boolean, partnerships: number): string {
    const params = {
      institutions: this.t('map.institutions', { count: members.length }),
      partnerships: this.t('map.partnerships', { count: partnerships }),
    };
    const lead = members[0]!.institution;
    const countries = new Set(members.map((m) => m.institution.country ?? ''));
    const cities = new Set(members.map((m) => `${m.institution.city}|${m.institution.country}`));
    if (shared || (cities.size === 1 && lead.city))
      return this.t(shared ? 'map.sharedSpot' : 'map.cluster', { ...params, place: this.placeOf(lead) });
    const regions = [...new Set([...countries].map((c) => regionOf(c)).filter((r) => r !== undefined))];
    const area =
      countries.size === 1 && lead.country
        ? this.i18n.country(lead.country)
        : this.i18n.list(
            regions.map((r) => this.t(`directory.regions.${r}`)),
            { type: 'conjunction' },
          );
    return area
      ? this.t('map.clusterIn', { ...params, area })
      : this.t('map.cluster', { ...params, place: this.placeOf(lead) });
  }

  private kindName(inst: Institution): string {
    return this.t(`card.kinds.${inst.kind}`);
  }

  private institutionLabel(item: MapInstitution): string {
    return this.t('map.institution', {
      name: this.name(item.institution).text,
      place: this.placeOf(item.institution),
      kind: this.kindName(item.institution),
      partnerships: this.t('map.partnerships', { count: item.count }),
    });
  }

  // ------------------------------------------------------------------ events

  private onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const rect = this.viewportEl!.getBoundingClientRect();
    const limits = limitsFor(baseProjection().world, this.size);
    const factor = wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey);
    this.userMoved = true;
    this.stopAnimation();
    this.view = clampView(
      zoomAt(this.view, factor, e.clientX - rect.left, e.clientY - rect.top, limits),
      baseProjection().world,
      this.size,
    );
    this.scheduleFrame();
  };

  private onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    const rect = this.viewportEl!.getBoundingClientRect();
    this.gesture.down(e.pointerId, e.clientX - rect.left, e.clientY - rect.top);
    this.suppressClick = false;
    this.stopAnimation();
  };

  private onPointerMove = (e: PointerEvent) => {
    if (this.gesture.size === 0) return;
    const viewport = this.viewportEl!;
    const rect = viewport.getBoundingClientRect();
    const step = this.gesture.move(e.pointerId, e.clientX - rect.left, e.clientY - rect.top);
    if (!step || !this.gesture.dragged) return;
    if (!viewport.classList.contains('dragging')) {
      try {
        viewport.setPointerCapture(e.pointerId);
      } catch {
        // Synthetic or already released pointers cannot be captured; the drag still works inside the map.
      }
      viewport.classList.add('dragging');
    }
    this.suppressClick = true;
    this.userMoved = true;
    const limits = limitsFor(baseProjection().world, this.size);
    let v = panBy(this.view, step.dx, step.dy);
    if (step.factor !== 1) v = zoomAt(v, step.factor, step.cx, step.cy, limits);
    this.view = clampView(v, baseProjection().world, this.size);
    this.scheduleFrame();
  };

  private onPointerUp = (e: PointerEvent) => {
    this.gesture.up(e.pointerId);
    if (this.gesture.size === 0) this.viewportEl?.classList.remove('dragging');
  };

  private onClickCapture = (e: Event) => {
    // A drag that ends on a marker is not a click on it.
    if (this.suppressClick) {
      e.stopPropagation();
      e.preventDefault();
      this.suppressClick = false;
      return;
    }
    // Country view: a click on a shaded country opens it, as its badge does (the badge stays the keyboard's way).
    const country = (e.composedPath()[0] as Element).getAttribute?.('data-country');
    if (country && this.mode === 'countries' && this.model?.countries.some((c) => c.country === country)) {
      this.focusKey = `country:${country}`;
      this.openPanel({ type: 'country', country });
    }
  };

  private onViewportKeydown = (e: KeyboardEvent) => {
    const target = e.composedPath()[0] as HTMLElement;
    if (target.classList?.contains('hit')) return this.onPlaceKeydown(e, target);
    if (target !== this.viewportEl) return;
    if (e.key === 'Escape' && this.opened) {
      e.preventDefault();
      this.closePanel();
      return;
    }
    const action = surfaceAction(e.key, e.shiftKey);
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    this.runAction(action);
  };

  private runAction(action: NonNullable<ReturnType<typeof surfaceAction>>): void {
    if (action.type === 'pan') this.panBy(action.dx, action.dy);
    else if (action.type === 'zoom') this.zoomBy(action.factor);
    else if (action.type === 'reset') this.resetZoom();
    else this.fitToResults();
  }

  private onPlaceKeydown(e: KeyboardEvent, target: HTMLElement): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = target.dataset['key'] ?? '';
    const index = this.places.findIndex((p) => p.key === key);
    const dir = directionOf(e.key);
    let next = -1;
    if (dir)
      next = nearestInDirection(
        this.places.map((p) => ({ x: p.sx, y: p.sy })),
        index,
        dir,
      );
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.places.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      if (this.opened) this.closePanel();
      else this.viewportEl?.focus();
      return;
    } else {
      const zoom = zoomKey(e.key);
      if (zoom && zoom.type === 'zoom') {
        e.preventDefault();
        // About the focused place, which stays in view (the map's centre could leave it out).
        const place = this.places[index];
        this.zoomBy(zoom.factor, place && { x: place.sx, y: place.sy }, true);
      }
      return;
    }
    e.preventDefault();
    if (next < 0 || next === index) return;
    this.focusKey = this.places[next]!.key;
    this.restoreFocus = this.focusKey;
  }

  private onPlaceFocus = (e: FocusEvent) => {
    const hit = e.currentTarget as HTMLElement;
    this.focusKey = hit.dataset['key'] ?? '';
    this.positionTip(hit);
  };

  private onPlaceEnter = (e: PointerEvent) => this.positionTip(e.currentTarget as HTMLElement);

  /**
   * Keeps a place's tooltip inside the map: measured, then moved (above or below the place, shifted sideways near
   * an edge) in the map's physical pixels, the same on left-to-right and right-to-left pages. Its width is capped to
   * the map's in CSS. Run when a place is focused or pointed at, and again after each move of the map.
   */
  private positionTip(hit: HTMLElement): void {
    const tip = hit.querySelector<HTMLElement>('.tip');
    const viewport = this.viewportEl;
    if (!tip || !viewport || !hit.offsetWidth) return;
    const box = viewport.getBoundingClientRect();
    const a = hit.getBoundingClientRect();
    // The layer is scaled during a gesture (until it settles): measure in screen pixels, move in the layer's.
    const s = a.width / hit.offsetWidth || 1;
    const left = a.left - box.left;
    const top = a.top - box.top;
    const at = placeTip(
      { left, top, width: a.width, height: a.height },
      { width: tip.offsetWidth * s, height: tip.offsetHeight * s },
      box,
    );
    tip.style.setProperty('--_tip-x', `${(at.x - left) / s}px`);
    tip.style.setProperty('--_tip-y', `${(at.y - top) / s}px`);
  }

  /** Places the tooltips shown (the focused place's, the hovered place's) again, after the map moved. */
  private positionTips(): void {
    for (const hit of this.renderRoot.querySelectorAll<HTMLElement>('.hit:focus, .hit:hover')) this.positionTip(hit);
  }

  private onPlaceClick(place: Place): void {
    this.focusKey = place.key;
    if (place.type === 'cluster' && place.cluster) {
      const m = this.model!;
      this.openPanel({
        type: 'cluster',
        ids: place.cluster.members.map((i) => m.located[i]!.institution.id),
        shared: place.cluster.shared,
        name: place.label,
      });
    } else if (place.type === 'country' && place.country) {
      this.openPanel({ type: 'country', country: place.country });
    } else if (place.item) {
      this.openInstitution(place.item.institution.id);
    }
  }

  /** Opens the details panel of an institution (by id). */
  openInstitution(id: string, from?: Opened): void {
    this.openPanel(from ? { type: 'institution', id, from } : { type: 'institution', id });
    const event = new InstitutionOpenEvent(id);
    this.dispatchEvent(event);
  }

  private openPanel(o: Opened): void {
    this.opened = o;
    this.focusPanel = true;
  }

  private closePanel(): void {
    this.opened = undefined;
    this.restoreFocus = this.table ? undefined : this.focusKey || '';
    if (this.table) {
      // Back to the row that opened the panel (or the first row, if that one is no longer in the table).
      const opener = this.tableOpener;
      this.tableOpener = undefined;
      void this.updateComplete.then(() => {
        const view = this.renderRoot.querySelector('.table-view');
        (
          (opener ? view?.querySelector<HTMLElement>(opener) : null) ?? view?.querySelector<HTMLElement>('button')
        )?.focus();
      });
    }
  }

  /** Filters the directory to the partnerships of one institution. */
  private showOnly(id: string): void {
    const store = this.activeStore;
    if (!store) return;
    if ((FACETS as readonly string[]).includes(INSTITUTION_FACET)) {
      store.setFilter(INSTITUTION_FACET as FacetName, [id]);
    } else {
      // Until the engine has an `institution` facet, the institution's name is the closest query.
      const inst = this.storeState?.dataset?.institutionById.get(id);
      if (inst) store.setQuery(`"${inst.displayName}"`);
    }
  }

  /** The colours changed (the system's scheme, or the page's theme: see `.probes` in the styles): drawn again. */
  private onSchemeChange = () => {
    this.colours = undefined;
    this.scheduleFrame(); // once for the seven probes' transitions
  };

  // ------------------------------------------------------------------ rendering

  private get viewportEl(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.viewport') ?? null;
  }
  private get canvasEl(): HTMLCanvasElement | null {
    return this.renderRoot?.querySelector('canvas') ?? null;
  }
  private get worldGroup(): SVGGElement | null {
    return this.renderRoot?.querySelector('g.world-group') ?? null;
  }
  private get layerEl(): HTMLElement | null {
    return this.renderRoot?.querySelector('.layer') ?? null;
  }

  override render() {
    const st = this.storeState;
    const m = this.model;
    const status = st?.status ?? 'idle';
    const dir = this.i18n.dir;
    this.focusedPlace = this.placeWithFocus();
    this.places = this.table ? [] : this.computePlaces();
    this.placesView = this.layerView;
    const label = this.label ?? this.t('map.label');
    const loading = status === 'loading' || (!this.outline && !this.outlineFailed);
    const error = status === 'error' || this.outlineFailed;
    return html`<div
      class="map ${this.table ? 'table-mode' : ''}"
      dir=${dir}
      @keydown=${this.onInteraction}
      @pointerdown=${this.onInteraction}
    >
      ${this.renderToolbar()}
      <div class="stage" part="stage" ?hidden=${this.table}>
        <div
          class="viewport"
          part="viewport"
          tabindex="0"
          role="region"
          aria-roledescription=${this.t('map.roleDescription')}
          aria-label=${label}
          aria-describedby="help"
          @wheel=${this.onWheel}
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
          @click=${this.onClickCapture}
          @keydown=${this.onViewportKeydown}
        >
          ${this.renderWorld(m)}
          <canvas aria-hidden="true"></canvas>
          ${this.renderLayer()}
        </div>
        ${this.renderPad()}
        ${
          loading && !error
            ? html`<div class="overlay"><p role="status">${this.t('map.loading')}</p></div>`
            : error
              ? html`<div class="overlay"><p class="error" role="alert">${this.t('map.error')}</p></div>`
              : m && m.institutions.length === 0 && !m.home
                ? html`<div class="overlay"><p>${this.t('map.empty')}</p></div>`
                : nothing
        }
        ${this.table ? nothing : this.renderPanel()}
      </div>
      <p id="help" class="visually-hidden">${this.t('map.help')}</p>
      ${this.table ? html`${this.renderTable()} ${this.renderPanel()}` : this.renderLegend()}
      <p class="status" part="status">${this.shownStatus}</p>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      <div class="probes" aria-hidden="true" @transitionend=${this.onSchemeChange}>
        <span class="probe-marker"></span><span class="probe-cluster"></span><span class="probe-home"></span
        ><span class="probe-arc"></span><span class="probe-highlight"></span><span class="probe-surface"></span
        ><span class="probe-contrast"></span>
      </div>
    </div>`;
  }

  /**
   * Four buttons that move the map, so that everything dragging does can be done with single clicks (WCAG 2.5.7).
   * The group sits at the inline start of the map (it follows the page's direction); the arrows inside keep their
   * compass directions on right-to-left pages, as the map itself is never mirrored.
   */
  private renderPad(): TemplateResult {
    const pad = (dir: Direction, key: string, arrow: string) =>
      html`<button
        class="pan-${dir}"
        data-action="pan-${dir}"
        aria-label=${this.t(key)}
        @click=${() => {
          const { dx, dy } = panAction(dir);
          this.panBy(dx, dy);
        }}
      >
        <span aria-hidden="true">${arrow}</span>
      </button>`;
    return html`<div class="pad" part="pan" role="group" aria-label=${this.t('map.pan')}>
      <div class="compass">
        ${pad('up', 'map.panUp', '↑')}${pad('left', 'map.panLeft', '←')}${pad('right', 'map.panRight', '→')}${pad(
          'down',
          'map.panDown',
          '↓',
        )}
      </div>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    // At a zoom limit its button says so (aria-disabled: it keeps the focus of a visitor pressing it again).
    const limits = limitsFor(baseProjection().world, this.size);
    const k = (this.layerView ?? this.view).k;
    const atMax = k >= limits.maxK * 0.999;
    const atMin = k <= limits.minK * 1.001;
    const mode = (m: MapMode) => () => {
      this.mode = m;
      this.table = false;
      this.opened = undefined;
    };
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${this.t('map.controls')}>
      <span class="group">
        <button
          class="icon"
          data-action="zoom-in"
          ?disabled=${this.table}
          aria-disabled=${atMax ? 'true' : nothing}
          aria-label=${this.t('map.zoomIn')}
          @click=${() => this.zoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button
          class="icon"
          data-action="zoom-out"
          ?disabled=${this.table}
          aria-disabled=${atMin ? 'true' : nothing}
          aria-label=${this.t('map.zoomOut')}
          @click=${() => this.zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <button data-action="fit" ?disabled=${this.table} @click=${() => this.fitToResults()}>
          ${this.t('map.fit')}
        </button>
        <button data-action="reset" ?disabled=${this.table} @click=${() => this.resetZoom()}>
          ${this.t('map.reset')}
        </button>
      </span>
      <span class="group" role="group" aria-label=${this.t('map.show')}>
        <button data-action="markers" aria-pressed=${!this.table && this.mode === 'markers'} @click=${mode('markers')}>
          ${this.t('map.markers')}
        </button>
        <button
          data-action="countries"
          aria-pressed=${!this.table && this.mode === 'countries'}
          @click=${mode('countries')}
        >
          ${this.t('map.countries')}
        </button>
        <button
          data-action="table"
          aria-pressed=${this.table}
          @click=${() => {
            this.table = !this.table;
            this.opened = undefined;
          }}
        >
          ${this.t('map.table')}
        </button>
      </span>
    </div>`;
  }

  private breaks(): number[] {
    return classBreaks((this.model?.countries ?? []).map((c) => c.partnerships));
  }

  private renderWorld(m: MapModel | undefined): TemplateResult {
    const outline = this.outline;
    const countries =
      this.mode === 'countries' && m ? new Map(m.countries.map((c) => [c.country, c.partnerships])) : undefined;
    const breaks = countries ? this.breaks() : [];
    const openCountry = this.opened?.type === 'country' ? this.opened.country : '';
    return html`<svg class="world" aria-hidden="true" focusable="false">
      <g class="world-group">
        ${
          outline
            ? svg`<path class="sphere" d=${outline.sphere}></path>
            ${
              !countries
                ? svg`<path class="land c0" d=${outline.land}></path>`
                : outline.countries.map((c) => {
                    const cls = countries ? classify(countries.get(c.country) ?? 0, breaks) : 0;
                    return svg`<path class="land c${cls} ${c.country && c.country === openCountry ? 'open' : ''}" data-country=${c.country} d=${c.d}></path>`;
                  })
            }`
            : nothing
        }
      </g>
    </svg>`;
  }

  private renderLayer(): TemplateResult {
    const places = this.places;
    const focusKey = places.some((p) => p.key === this.focusKey) ? this.focusKey : places[0]?.key;
    const openKeys = this.opened?.type === 'country' ? `country:${this.opened.country}` : '';
    return html`<div class="layer" role="group" aria-label=${this.t('map.places', { count: places.length })}>
      ${repeat(
        places,
        (p) => p.key,
        (p) =>
          html`<button
            class="hit ${p.type} ${p.key === openKeys ? 'open' : ''} ${p.minor ? 'minor' : ''}"
            data-key=${p.key}
            tabindex=${p.key === focusKey ? 0 : -1}
            aria-haspopup="dialog"
            style=${cssProps({
              width: `${p.size}px`,
              height: `${p.size}px`,
              transform: `translate(${p.sx - p.size / 2}px, ${p.sy - p.size / 2}px)`,
            })}
            @click=${() => this.onPlaceClick(p)}
            @focus=${this.onPlaceFocus}
            @pointerenter=${this.onPlaceEnter}
          >
            ${
              p.type === 'country'
                ? html`<span class="badge" aria-hidden="true">${this.i18n.number(p.count ?? 0)}</span>`
                : nothing
            }<span class="tip">${p.label}</span>
          </button>`,
      )}
    </div>`;
  }

  private renderLegend(): TemplateResult {
    const m = this.model;
    if (this.mode === 'countries') {
      const breaks = this.breaks();
      let from = 1;
      return html`<ul class="legend" part="legend" aria-label=${this.t('map.legend')}>
        <li class="legend-title">${this.t('map.legendScale')}</li>
        <li><span class="swatch c0" aria-hidden="true"></span>${this.t('map.legendNone')}</li>
        ${breaks.map((to, i) => {
          const text =
            from === to
              ? this.i18n.number(to)
              : this.t('map.range', { from: this.i18n.number(from), to: this.i18n.number(to) });
          from = to + 1;
          return html`<li><span class="swatch c${i + 1}" aria-hidden="true"></span>${text}</li>`;
        })}
      </ul>`;
    }
    const kinds = [...new Set((m?.located ?? []).map((i) => i.institution.kind))];
    const glyph = (d: string, cls = '') =>
      html`<svg viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
        <path class="glyph ${cls}" d=${d}></path>
      </svg>`;
    return html`<ul class="legend" part="legend" aria-label=${this.t('map.legend')}>
      ${kinds.map((k) => html`<li>${glyph(shapeSvg(KIND_SHAPES[k], 0, 0, 6))}${this.t(`card.kinds.${k}`)}</li>`)}
      <li>${glyph(shapeSvg('circle', 0, 0, 8), 'cluster')}${this.t('map.legendCluster')}</li>
      ${m?.home ? html`<li>${glyph(shapeSvg('star', 0, 0, 6.5), 'home')}${this.t('map.legendHome')}</li>` : nothing}
      ${m?.home && !this.noArcs ? html`<li>${glyph('M-9,6Q0,-12 9,6', 'arc')}${this.t('map.legendArc')}</li>` : nothing}
      ${this.highlightSet.size ? html`<li>${glyph(shapeSvg('circle', 0, 0, 7), 'ring')}${this.t('map.legendHighlight')}</li>` : nothing}
    </ul>`;
  }

  private statusText(): string {
    const m = this.model;
    if (!m) return '';
    const text = this.t('map.status', {
      institutions: this.t('map.institutions', { count: m.institutions.length }),
      countries: this.t('map.countryCount', { count: m.countries.length }),
    });
    return m.unlocated.length ? `${text} ${this.t('map.unlocated', { count: m.unlocated.length })}` : text;
  }

  /** The institutions of an opened group or country, each a button that opens it; "N more" past the limit. */
  private renderMembers(items: readonly MapInstitution[], from: Opened) {
    return html`<ul class="members">
      ${items.slice(0, PANEL_MEMBERS).map((i) => {
        const n = this.name(i.institution);
        return html`<li>
          <button data-id=${i.institution.id} @click=${() => this.openInstitution(i.institution.id, from)}>
            <span lang=${n.lang || nothing} dir="auto">${n.text}</span> (${this.i18n.number(i.count)})
          </button>
        </li>`;
      })}
      ${items.length > PANEL_MEMBERS ? html`<li>${this.t('map.more', { count: items.length - PANEL_MEMBERS })}</li>` : nothing}
    </ul>`;
  }

  private renderPanel(): TemplateResult | typeof nothing {
    const o = this.opened;
    const st = this.storeState;
    const ds = st?.dataset;
    const m = this.model;
    if (!o || !ds || !m) return nothing;
    const close = html`<button class="close" aria-label=${this.t('map.close')} @click=${() => this.closePanel()}>
      ×
    </button>`;
    const byId = new Map(m.institutions.map((i) => [i.institution.id, i]));
    if (m.home) byId.set(m.home.institution.id, m.home);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.closePanel();
      }
    };
    if (o.type === 'institution') {
      const item = byId.get(o.id);
      const inst = item?.institution ?? ds.institutionById.get(o.id);
      if (!inst) return nothing;
      const name = this.name(inst);
      const list = item?.partnerships ?? [];
      return html`<section class="panel" part="panel" role="dialog" aria-labelledby="panel-title" @keydown=${onKey}>
        ${close}
        <h3 id="panel-title" tabindex="-1"><span lang=${name.lang || nothing} dir="auto">${name.text}</span></h3>
        <p class="meta">
          ${this.kindName(inst)} · ${this.placeOf(inst)} · ${this.t('map.partnerships', { count: list.length })}
          ${item && !item.located ? html`· ${this.t('map.noLocation')}` : nothing}
        </p>
        <ul>
          ${list.slice(0, PANEL_PARTNERSHIPS).map((i) => {
            const title = this.i18n.text(ds.partnerships[i]!.title);
            // The item keeps the page's direction (bullets on one side); only the title is isolated.
            return html`<li><span lang=${title.lang || nothing} dir="auto">${title.text}</span></li>`;
          })}
          ${list.length > PANEL_PARTNERSHIPS ? html`<li>${this.t('map.more', { count: list.length - PANEL_PARTNERSHIPS })}</li>` : nothing}
        </ul>
        <div class="actions">
          ${
            item && !item.home && this.activeStore
              ? html`<button class="primary" data-action="show-only" @click=${() => this.showOnly(inst.id)}>
                  ${this.t('map.showOnly')}
                </button>`
              : nothing
          }
          ${o.from ? html`<button data-action="back" @click=${() => this.openPanel(o.from!)}>${this.t('map.back')}</button>` : nothing}
        </div>
      </section>`;
    }
    if (o.type === 'cluster') {
      const items = o.ids.map((id) => byId.get(id)).filter((x): x is MapInstitution => !!x);
      return html`<section class="panel" part="panel" role="dialog" aria-labelledby="panel-title" @keydown=${onKey}>
        ${close}
        <h3 id="panel-title" tabindex="-1">${o.name}</h3>
        ${this.renderMembers(items, o)}
        ${
          o.shared
            ? nothing
            : html`<div class="actions">
                <button data-action="zoom-to" @click=${() => this.zoomToIds(o.ids)}>${this.t('map.zoomTo')}</button>
              </div>`
        }
      </section>`;
    }
    const cc = m.countries.find((c) => c.country === o.country);
    const items = m.institutions.filter((i) => i.institution.country === o.country);
    return html`<section class="panel" part="panel" role="dialog" aria-labelledby="panel-title" @keydown=${onKey}>
      ${close}
      <h3 id="panel-title" tabindex="-1">${this.i18n.country(o.country)}</h3>
      <p class="meta">
        ${this.t('map.partnerships', { count: cc?.partnerships ?? 0 })} ·
        ${this.t('map.institutions', { count: items.length })}
      </p>
      ${this.renderMembers(items, o)}
      ${
        this.activeStore
          ? html`<div class="actions">
              <button
                class="primary"
                data-action="show-only-country"
                @click=${() => this.activeStore?.setFilter('country', [o.country])}
              >
                ${this.t('map.showOnlyCountry', { country: this.i18n.country(o.country) })}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private zoomToIds(ids: readonly string[]): void {
    const m = this.model;
    if (!m) return;
    const set = new Set(ids);
    let b: Bounds | undefined;
    for (const i of m.located) if (set.has(i.institution.id)) b = extend(b, i.x, i.y);
    if (!b) return;
    const limits = limitsFor(baseProjection().world, this.size);
    this.opened = undefined;
    this.setView(fitView(b, this.size, 64, limits.maxK), true);
    this.restoreFocus = '';
  }

  private renderTable(): TemplateResult {
    const m = this.model;
    if (!m) return html`<div class="table-view" part="table"></div>`;
    const items = [...m.institutions];
    if (m.home) items.unshift(m.home);
    return html`<div class="table-view" part="table">
      <div class="scroll">
        <table>
          <caption>
            ${this.t('map.tableCountries')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('map.colCountry')}</th>
              <th scope="col" class="num">${this.t('map.colPartnerships')}</th>
              <th scope="col" class="num">${this.t('map.colInstitutions')}</th>
            </tr>
          </thead>
          <tbody>
            ${m.countries.map(
              (c) =>
                html`<tr>
                  <th scope="row">
                    <button
                      data-country=${c.country}
                      @click=${() => {
                        this.tableOpener = `button[data-country="${CSS.escape(c.country)}"]`;
                        this.openPanel({ type: 'country', country: c.country });
                      }}
                    >
                      ${this.i18n.country(c.country)}
                    </button>
                  </th>
                  <td class="num">${this.i18n.number(c.partnerships)}</td>
                  <td class="num">${this.i18n.number(c.institutions)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="scroll">
        <table>
          <caption>
            ${this.t('map.tableInstitutions')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('map.colName')}</th>
              <th scope="col">${this.t('map.colPlace')}</th>
              <th scope="col">${this.t('map.colKind')}</th>
              <th scope="col" class="num">${this.t('map.colPartnerships')}</th>
              <th scope="col">${this.t('map.colOnMap')}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              items,
              (i) => i.institution.id,
              (i) => {
                const n = this.name(i.institution);
                return html`<tr>
                  <th scope="row">
                    <button
                      data-id=${i.institution.id}
                      @click=${() => {
                        this.tableOpener = `button[data-id="${CSS.escape(i.institution.id)}"]`;
                        this.openInstitution(i.institution.id);
                      }}
                    >
                      <span lang=${n.lang || nothing} dir="auto">${n.text}</span>
                    </button>
                    ${i.home ? html` (${this.t('map.homeBadge')})` : nothing}
                  </th>
                  <td>${this.placeOf(i.institution)}</td>
                  <td>
                    <svg class="kind-icon" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                      <path d=${shapeSvg(i.home ? 'star' : KIND_SHAPES[i.institution.kind], 0, 0, 7)}></path></svg
                    >${this.kindName(i.institution)}
                  </td>
                  <td class="num">${this.i18n.number(i.count)}</td>
                  <td>${i.located ? this.t('map.onMap') : this.t('map.noLocation')}</td>
                </tr>`;
              },
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}

/** Runs `fn` when the browser is idle (after a short delay where requestIdleCallback is missing, as in Safari). */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 30);
}

function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-map': PaMap;
  }
}

/**
 * Country badges that would overlap (the Gulf, the Balkans): the country with more partnerships keeps its number, the
 * other is drawn as a small dot under it, still a place to focus and open, its count in its name.
 */
function declutter(places: Place[]): Place[] {
  const BADGE = 24;
  const kept: Place[] = [];
  const minor = new Set<Place>();
  for (const p of [...places].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))) {
    if (kept.some((k) => Math.abs(k.sx - p.sx) < BADGE && Math.abs(k.sy - p.sy) < BADGE)) minor.add(p);
    else kept.push(p);
  }
  return minor.size ? places.map((p) => (minor.has(p) ? { ...p, minor: true } : p)) : places;
}
