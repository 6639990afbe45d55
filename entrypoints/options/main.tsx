/**
 * The options page's entry: draws OptionsApp (components/options) into
 * index.html with the shared base styles, in the UI's language (`<html lang>`).
 */
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/common/base.css';
import { declareUiLanguage } from '@/lib/popup/ui-locale';

declareUiLanguage();
render(<OptionsApp />, document.getElementById('app')!);
