package org.newsquiz.web.attempt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.quiz.JoinCodes;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.Recognition;
import org.newsquiz.web.quiz.RosterEntry;

/**
 * Joining by code, shared by the pages and the API: an unknown code is 404, a closed one 410, and a device that
 * still holds an attempt in progress gets that attempt back instead of a new one.
 */
@ApplicationScoped
public class Joining {
    @Inject
    AttemptService attempts;

    /** Join codes never change, so a class joining looks its quiz up by id, the cheapest read there is. */
    private final Map<String, Long> quizIdsByCode = new ConcurrentHashMap<>();

    /**
     * The attempt joined (resumed or new), the token to present, the questions as shown when the attempt is new
     * (null when resumed: saved answers must then be read), and the cookies to set.
     */
    public record Joined(Attempt attempt, String token, boolean resumed, List<QuestionView> newViews,
                         NewCookie... cookies) {
    }

    @Transactional
    public Quiz openQuiz(String typed) {
        String code = JoinCodes.normalise(typed);
        Quiz quiz = JoinCodes.plausible(code) ? byCode(code) : null;
        if (quiz == null) {
            throw Problem.notFound("No quiz has the code \"" + (typed == null ? "" : typed.strip())
                    + "\". Check the code with your teacher.");
        }
        if (!quiz.acceptsAttempts(OffsetDateTime.now())) {
            throw Problem.gone("The quiz \"" + quiz.title + "\" is not open now.");
        }
        return quiz;
    }

    private Quiz byCode(String code) {
        Long id = quizIdsByCode.get(code);
        Quiz quiz = id == null ? null : Quiz.findById(id);
        if (quiz != null) {
            return quiz;
        }
        quiz = Quiz.findByCode(code);
        if (quiz != null) {
            quizIdsByCode.put(code, quiz.id);
        }
        return quiz;
    }

    /** The attempt in progress that this device holds for {@code quiz}, if any. */
    @Transactional
    public Optional<AttemptCookies.Held> resumable(Quiz quiz, HttpHeaders headers) {
        return AttemptCookies.held(headers.getCookies(), quiz.code).filter(held -> {
            Attempt attempt = Attempt.findById(held.attemptId());
            return attempt != null && attempt.inProgress() && attempts.tokenMatches(attempt, held.token());
        });
    }

    /** The attempt this device last handed in for {@code quiz}, whose result it may read. */
    @Transactional
    public Optional<java.util.UUID> lastFinished(Quiz quiz, HttpHeaders headers) {
        return AttemptCookies.held(headers.getCookies(), quiz.code).filter(held -> {
            Attempt attempt = Attempt.findById(held.attemptId());
            return attempt != null && !attempt.inProgress() && attempts.tokenMatches(attempt, held.token());
        }).map(AttemptCookies.Held::attemptId);
    }

    /**
     * One transaction, so the quiz is read once for the whole join. On a class-list quiz the student is the entry
     * of {@code personalCode} (the name typed is not used), and joining again with it on another device resumes
     * that entry's attempt in progress.
     */
    @Transactional
    public Joined join(String code, String name, String personalCode, HttpHeaders headers) {
        Quiz quiz = openQuiz(code);
        Optional<AttemptCookies.Held> held = resumable(quiz, headers);
        if (held.isPresent()) {
            return new Joined(attempts.authorize(held.get().attemptId(), held.get().token()), held.get().token(), true,
                    null);
        }
        String device = AttemptCookies.device(headers).orElseGet(AttemptTokens::newToken);
        if (quiz.recognition != Recognition.ROSTER) {
            return joined(quiz, device, attempts.start(quiz.id, name, device), false);
        }
        RosterEntry entry = rosterEntry(quiz, personalCode);
        Optional<AttemptService.Started> resumed = attempts.reissue(quiz.id, entry.id);
        return resumed.isPresent() ? joined(quiz, device, resumed.get(), true)
                : joined(quiz, device, attempts.start(quiz.id, entry.name, device, entry.id), false);
    }

    private static Joined joined(Quiz quiz, String device, AttemptService.Started started, boolean resumed) {
        return new Joined(started.attempt(), started.token(), resumed, started.views(),
                AttemptCookies.issue(quiz.code, started.attempt().id, started.token()),
                AttemptCookies.issueDevice(device));
    }

    private static RosterEntry rosterEntry(Quiz quiz, String personalCode) {
        String typed = JoinCodes.normalise(personalCode);
        if (typed.isEmpty()) {
            throw Problem.badRequest("Type the personal code your teacher gave you.");
        }
        RosterEntry entry = JoinCodes.plausible(typed) ? RosterEntry.byCodeLocked(quiz.id, typed) : null;
        if (entry == null) {
            throw Problem.forbidden("That personal code is not on this quiz's class list. Check it with your teacher.");
        }
        return entry;
    }
}
