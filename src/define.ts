// Registers every element (providers first). Safe to import more than once.
import './components/card/define.js';
