// The demo page: registers every element and wires the language and theme pickers.
import '../src/define.js';

const RTL = new Set(['ar', 'fa', 'ur', 'he']);
const langSelect = document.querySelector<HTMLSelectElement>('#demo-lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#demo-theme')!;

const saved = new URLSearchParams(location.search).get('lang');
if (saved) langSelect.value = saved;
applyLang();

langSelect.addEventListener('change', applyLang);
themeSelect.addEventListener('change', () => {
  document.documentElement.style.setProperty('color-scheme', themeSelect.value);
  document.documentElement.style.setProperty('--pa-color-scheme', themeSelect.value);
});

function applyLang() {
  const lang = langSelect.value;
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang.split('-')[0]!) ? 'rtl' : 'ltr';
}
