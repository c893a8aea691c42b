import css from '../../components/ui.css?inline';
import { MARKETPLACE_MATCHES } from '../../utils/marketplace-hosts';
import { guardContentScriptContext } from './guard-context';
import { startPageWatch } from './page-watch';

export default defineContentScript({
  // Supported marketplaces only; other sites get this same file via "Scan this page" (activeTab + scripting) or a
  // host the user granted in the options page (registered at runtime by the background).
  matches: MARKETPLACE_MATCHES,
  runAt: 'document_idle',
  // WXT would also announce itself with window.postMessage, whose type carries the extension id: the page could
  // read it. The document event alone stops older copies (option from wxt-dev/wxt#2265).
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardContentScriptContext(ctx);
    startPageWatch(ctx, css);
  },
});
