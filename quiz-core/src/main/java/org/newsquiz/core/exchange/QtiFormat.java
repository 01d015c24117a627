package org.newsquiz.core.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An IMS content package (zip) of QTI 2.1 items, one {@code assessmentItem} per question, listed in
 * {@code imsmanifest.xml}. Carries the prompt, options (in the order shown), answers, the explanation as
 * modal feedback and the id as the item title (and, made safe, as its identifier). Drops tags, evidence and
 * difficulty; quote attributions come back as multiple choice.
 */
public final class QtiFormat implements QuestionWriter, QuestionReader {
    static final String MANIFEST = "imsmanifest.xml";
    static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String ITEM_TYPE = "imsqti_item_xmlv2p1";

    @Override
    public String name() {
        return "qti";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public String fileExtension() {
        return "zip";
    }

    @Override
    public boolean canWrite(QuestionType type) {
        return true;
    }

    @Override
    public ExportResult write(String title, List<Question> questions) {
        var skipped = new ArrayList<ExportResult.SkippedQuestion>();
        var bytes = new ByteArrayOutputStream();
        Document manifest = SafeXml.newDocument();
        Element resources = manifestSkeleton(manifest, title);
        Set<String> used = new HashSet<>();
        try (var zip = new ZipOutputStream(bytes)) {
            for (Question q : questions) {
                if (q.type() == QuestionType.NUMERIC
                        && (q.answers().size() != 1 || Numbers.parse(q.answers().get(0)).isEmpty())) {
                    skipped.add(new ExportResult.SkippedQuestion(q.id(), "the answer is not a plain number"));
                    continue;
                }
                String identifier = identifier(q.id(), used);
                String href = "items/" + identifier + ".xml";
                zip.putNextEntry(new ZipEntry(href));
                zip.write(QtiItemWriter.write(q, identifier));
                zip.closeEntry();
                Element resource = SafeXml.add(resources, "resource");
                resource.setAttribute("identifier", "RES-" + identifier);
                resource.setAttribute("type", ITEM_TYPE);
                resource.setAttribute("href", href);
                SafeXml.add(resource, "file").setAttribute("href", href);
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(SafeXml.serialize(manifest));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return new ExportResult(bytes.toByteArray(), skipped);
    }

    @Override
    public ImportResult read(byte[] data) throws ExchangeException {
        return new QtiPackageReader(ZipEntries.read(data)).parse();
    }

    private static Element manifestSkeleton(Document doc, String title) {
        Element manifest = doc.createElementNS(CP_NS, "manifest");
        doc.appendChild(manifest);
        manifest.setAttribute("identifier", "MANIFEST-" + identifier(title == null || title.isBlank() ? "questions" : title, new HashSet<>()));
        Element metadata = SafeXml.add(manifest, "metadata");
        SafeXml.add(metadata, "schema", "QTIv2.1 Package");
        SafeXml.add(metadata, "schemaversion", "1.0.0");
        SafeXml.add(manifest, "organizations");
        return SafeXml.add(manifest, "resources");
    }

    /** QTI identifiers are XML names: other characters become '_', and each identifier is used once. */
    static String identifier(String id, Set<String> used) {
        String safe = id.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (safe.isEmpty() || !Character.isLetter(safe.charAt(0)) && safe.charAt(0) != '_') {
            safe = "Q_" + safe;
        }
        String candidate = safe;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = safe + "-" + n;
        }
        used.add(candidate);
        return candidate;
    }
}
