package org.newsquiz.core.exchange;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** Reads the items an IMS content package lists in its manifest. */
final class QtiPackageReader {
    private final Map<String, byte[]> entries;
    private final ImportCollector collector = new ImportCollector();

    QtiPackageReader(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    ImportResult parse() throws ExchangeException {
        byte[] manifestBytes = entries.get(QtiFormat.MANIFEST);
        if (manifestBytes == null) {
            throw new ExchangeException("the QTI package has no " + QtiFormat.MANIFEST);
        }
        Element manifest = SafeXml.parse(manifestBytes, "QTI manifest").getDocumentElement();
        if (!"manifest".equals(manifest.getLocalName())) {
            throw new ExchangeException("the QTI package's " + QtiFormat.MANIFEST + " has no <manifest>");
        }
        var resources = SafeXml.child(manifest, "resources").map(r -> SafeXml.children(r, "resource")).orElse(List.of());
        int position = 0;
        for (Element resource : resources) {
            String type = resource.getAttribute("type");
            if (!type.startsWith(QtiFormat.ITEM_TYPE)) {
                continue;
            }
            position++;
            String href = resource.getAttribute("href");
            byte[] item = entries.get(href);
            if (item == null) {
                collector.problem(position, href, "the manifest lists " + href + " but the package does not hold it");
                continue;
            }
            QtiItemParser parsed;
            try {
                parsed = new QtiItemParser(SafeXml.parse(item, "QTI item " + href).getDocumentElement(), collector);
            } catch (ExchangeException e) {
                collector.problem(position, href, e.getMessage());
                continue;
            }
            String label = parsed.label().isBlank() ? href : parsed.label();
            collector.add(position, label, parsed::question);
        }
        if (position == 0) {
            throw new ExchangeException("the QTI package's manifest lists no QTI 2.1 items");
        }
        return collector.result("QTI package");
    }
}
