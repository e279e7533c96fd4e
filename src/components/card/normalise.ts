// The normaliser used for highlighting: the search engine's own, so that highlighted words are exactly the words the
// engine matched (accents, Arabic letter variants, Turkish i, full-width forms all fold the same way).
export { normalise as engineNormalise } from '../../state/engine/normalise.js';
