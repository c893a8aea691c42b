import { render } from 'preact';
import '../../components/ui.css';
import { applyDocumentLocale } from '../../utils/document-locale';
import { Popup } from './Popup';

applyDocumentLocale(document);
const params = new URLSearchParams(location.search);
const tabIdParam = params.get('tabId');
const app = document.getElementById('app');
if (app) render(<Popup tabId={tabIdParam === null ? null : Number(tabIdParam)} />, app);
