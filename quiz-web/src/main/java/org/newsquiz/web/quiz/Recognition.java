package org.newsquiz.web.quiz;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/**
 * How a quiz tells its students apart, for the attempt limit and the results. Students have no accounts: a device
 * cookie is easily cleared, a name easily changed, so the teacher chooses how much to rely on.
 */
public enum Recognition {
    /** By the browser's device cookie only. */
    DEVICE("their device (a cookie: clearing it starts afresh)", "Attempts are counted for this device."),
    /** By the device and by the name typed: clearing the cookie and rejoining under the same name counts too. */
    NAME_AND_DEVICE("their name and their device (attempts under the same name count too)",
            "Attempts are counted for your name and for this device; your teacher sees every attempt under your name."),
    /** By a class list: each student joins with the personal code the teacher hands out. */
    ROSTER("a class list with a personal code each (you print or share the codes)",
            "Join with the personal code your teacher gave you; attempts are counted for your code.");

    private final String words;
    private final String forStudents;

    Recognition(String words, String forStudents) {
        this.words = words;
        this.forStudents = forStudents;
    }

    /** The choices of the settings form, which every page that includes it offers. */
    @TemplateGlobal
    public static List<Recognition> recognitions() {
        return List.of(values());
    }

    /** What the teacher's settings form and quiz page call it. */
    public String words() {
        return words;
    }

    /** What the join page tells the student. */
    public String forStudents() {
        return forStudents;
    }
}
