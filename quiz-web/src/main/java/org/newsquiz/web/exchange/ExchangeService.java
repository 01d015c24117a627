package org.newsquiz.web.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.newsquiz.core.exchange.ExchangeException;
import org.newsquiz.core.exchange.ExportResult;
import org.newsquiz.core.exchange.ImportResult;
import org.newsquiz.core.exchange.InputLimits;
import org.newsquiz.core.exchange.QuestionFormats;
import org.newsquiz.core.exchange.QuestionReader;
import org.newsquiz.core.exchange.QuestionWriter;
import org.newsquiz.core.question.Question;
import org.newsquiz.web.article.ArticleUploads;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.StoredOrder;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.teacher.CurrentTeacher;

/**
 * Moves a teacher's question sets out to files (GIFT, Moodle XML, QTI, Aiken, JSON) and files into the teacher's
 * bank. An import is all or nothing: a file with any item that is not a valid question stores nothing.
 */
@ApplicationScoped
public class ExchangeService {
    private static final Logger LOG = Logger.getLogger(ExchangeService.class);
    /** Imported questions are approved: they come from the teacher's own files and go straight into a set. */
    static final QuestionStatus IMPORTED_STATUS = QuestionStatus.APPROVED;
    private static final int MAX_TITLE = 200;
    private static final int MAX_EXTERNAL_ID = 100;

    @Inject
    CurrentTeacher current;

    /** An exported file and the questions its format could not carry. */
    public record Exported(String fileName, String mediaType, byte[] data, List<ExportResult.SkippedQuestion> skipped) {
    }

    @Transactional
    public Exported export(long setId, String formatName) {
        QuestionWriter writer = QuestionFormats.writer(formatName)
                .orElseThrow(() -> Problem.badRequest(unknownFormat(formatName, QuestionFormats.names())));
        QuestionSet set = ownedSet(setId);
        List<Question> questions = set.questions.stream().map(StoredQuestion::toCore).toList();
        ExportResult result = writer.write(set.title, questions);
        return new Exported(fileName(set, writer), writer.mediaType(), result.data(), result.skipped());
    }

    private static String fileName(QuestionSet set, QuestionWriter writer) {
        return slug(set.title, "question-set-" + set.id) + "." + writer.fileExtension();
    }

    /** The set, if this teacher owns it or administers; 404 for an unknown id, 403 for someone else's. */
    public QuestionSet ownedSet(long setId) {
        return current.requireOwned(QuestionSet.<QuestionSet>findById(setId), s -> s.ownerId, "question set",
                "There is no such question set.");
    }

    /** A set and, per format, the file it would download as and the questions that format would leave out. */
    public record SetOverview(long id, String title, int questionCount, List<FormatPreview> formats) {
    }

    public record FormatPreview(String name, String fileName, List<ExportResult.SkippedQuestion> skipped) {
    }

    @Transactional
    public SetOverview overview(long setId) {
        QuestionSet set = ownedSet(setId);
        List<Question> questions = set.questions.stream().map(StoredQuestion::toCore).toList();
        List<FormatPreview> formats = new ArrayList<>();
        for (String name : QuestionFormats.names()) {
            QuestionFormats.writer(name).ifPresent(writer -> formats.add(new FormatPreview(name,
                    fileName(set, writer), writer.write(set.title, questions).skipped())));
        }
        return new SetOverview(set.id, set.title, questions.size(), formats);
    }

    /** The sets this teacher may export: their own, or every set for an administrator. */
    @Transactional
    public List<QuestionSet> exportableSets() {
        return current.isAdmin() ? QuestionSet.list("order by title, id")
                : QuestionSet.list("ownerId = ?1 order by title, id", current.id());
    }

    /**
     * Reads the file and, when every item is a valid question, stores them with a new set.
     *
     * @param title    the new set's name; blank to name it after {@code fileName}
     * @param fileName the uploaded file's name, or null
     * @throws Problem 400 for an unknown format or an unreadable file, 413 for a file over the size limit
     */
    @Transactional
    public ImportReport importFile(String formatName, String title, String fileName, byte[] data) {
        QuestionReader reader = QuestionFormats.reader(formatName)
                .orElseThrow(() -> Problem.badRequest(unknownFormat(formatName, QuestionFormats.readableNames())));
        if (fileName != null && !ArticleUploads.plainName(fileName)) {
            throw Problem.badRequest("Name the file by its own name, without folders or control characters.");
        }
        if (data != null && data.length > InputLimits.MAX_FILE_BYTES) {
            throw new Problem(413, "The file is larger than " + InputLimits.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB; nothing was imported.");
        }
        ImportResult result = read(reader, data == null ? new byte[0] : data);
        String setTitle = setTitle(title, fileName, reader.name());
        if (!result.isComplete()) {
            return ImportReport.refused(setTitle, reader.name(), result.problems());
        }
        if (result.questions().isEmpty()) {
            throw Problem.badRequest("The file holds no questions; nothing was imported.");
        }
        long ownerId = current.id();
        QuestionSet set = new QuestionSet();
        set.ownerId = ownerId;
        set.title = setTitle;
        List<Long> ids = new ArrayList<>();
        for (Question question : result.questions()) {
            StoredQuestion stored = StoredQuestion.from(StoredOrder.shuffled(question), null, ownerId, IMPORTED_STATUS);
            stored.externalId = truncate(stored.externalId, MAX_EXTERNAL_ID);
            stored.position = set.questions.size();
            stored.persist();
            set.questions.add(stored);
            ids.add(stored.id);
        }
        set.persist();
        return ImportReport.imported(set.id, set.title, reader.name(), ids);
    }

    private static ImportResult read(QuestionReader reader, byte[] data) {
        try {
            return reader.read(data);
        } catch (ExchangeException e) {
            throw Problem.badRequest("The file cannot be imported: " + e.getMessage() + ". Nothing was imported.");
        } catch (RuntimeException e) {
            // An uploaded file is untrusted: whatever a parser trips on is the file's fault, not a server error.
            LOG.warnf(e, "A %s file could not be read", reader.name());
            throw Problem.badRequest("The file cannot be read as " + reader.name() + ". Nothing was imported.");
        }
    }

    static String unknownFormat(String name, List<String> known) {
        String given = name == null || name.isBlank() ? "No format was given" : "Unknown format \"" + name + "\"";
        return given + ": use one of " + String.join(", ", known) + ".";
    }

    static String setTitle(String title, String fileName, String formatName) {
        if (title != null && !title.isBlank()) {
            return truncate(title.strip(), MAX_TITLE);
        }
        if (fileName != null && !fileName.isBlank()) {
            String base = fileName.strip().replaceAll(".*[/\\\\]", "");
            int dot = base.indexOf('.');
            base = dot > 0 ? base.substring(0, dot) : base;
            if (!base.isBlank()) {
                return truncate(base, MAX_TITLE);
            }
        }
        return "Imported " + formatName + " questions";
    }

    /** A file name safe in a Content-Disposition header: ASCII letters, digits and hyphens. */
    static String slug(String title, String fallback) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = truncate(slug, 60).replaceAll("-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
