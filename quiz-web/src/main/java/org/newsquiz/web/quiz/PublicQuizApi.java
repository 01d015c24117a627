package org.newsquiz.web.quiz;

import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The quizzes a teacher chose to list publicly, for students to pick from without typing a code. */
@Path("/api/quizzes/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class PublicQuizApi {

    public record ListedQuiz(String code, String title, Integer timeLimitSeconds, boolean onePerPage) {
    }

    @GET
    @Operation(summary = "Listed quizzes open now")
    public List<ListedQuiz> listed() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        return Quiz.listedOpen().stream().filter(q -> q.acceptsAttempts(now))
                .map(q -> new ListedQuiz(q.code, q.title, q.timeLimitSeconds, q.onePerPage)).toList();
    }
}
