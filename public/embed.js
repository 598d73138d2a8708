/*
 * Eco Plan Atlas embed loader (生态环境工作计划对照 · 嵌入脚本).
 * Sizes the site's chart iframes to the height each one reports by postMessage.
 * Include once per page, anywhere: <script async src=".../embed.js"></script>
 */
(function () {
  'use strict';
  if (window.ecoPlanAtlasEmbed) return;
  window.ecoPlanAtlasEmbed = true;
  var HEIGHT = 'eco-plan-atlas:embed-height';
  var REQUEST = 'eco-plan-atlas:embed-height-request';
  var ATTRIBUTE = 'data-eco-plan-atlas-embed';

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // Only our iframes, and only from the origin they were loaded from.
      if (!frame.hasAttribute(ATTRIBUTE) || originOf(frame) !== event.origin) return;
      frame.style.height = Math.min(20000, Math.max(40, Math.ceil(data.height))) + 'px';
      return;
    }
  });

  // Embeds that loaded before this script already sent their height: ask again.
  var ours = document.querySelectorAll('iframe[' + ATTRIBUTE + ']');
  // The request carries nothing, so any target origin will do (one still loading ignores it).
  for (var j = 0; j < ours.length; j++) {
    if (ours[j].contentWindow) ours[j].contentWindow.postMessage({ type: REQUEST }, '*');
  }
})();
