/**
 * The popup's entry: draws PopupApp (components/popup) into index.html with the
 * shared base styles, in the UI's language (`<html lang>`).
 */
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/common/base.css';
import { declareUiLanguage } from '@/lib/popup/ui-locale';

declareUiLanguage();
render(<PopupApp />, document.getElementById('app')!);
