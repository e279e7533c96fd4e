// Registers every element (providers first). Safe to import more than once.
import './components/data/define.js';
import './components/card/define.js';
import './components/directory/define.js';
import './components/directory/states.js';
import './components/year-range/define.js';
import './components/map/define.js';
