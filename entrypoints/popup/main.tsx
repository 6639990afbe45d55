/**
 * The popup's entry: draws PopupApp (components/popup) into index.html with the
 * shared base styles, in the UI's language (`<html lang>`).
 */
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/common/base.css';
import { loadPopup } from '@/lib/popup/load-popup';
import { declareUiLanguage } from '@/lib/popup/ui-locale';

// Asked for before the first render, not from its effect (which runs a frame later): the
// popup's content waits on these answers.
const loading = loadPopup();
declareUiLanguage();
render(<PopupApp load={() => loading} />, document.getElementById('app')!);
