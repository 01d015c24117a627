package org.newsquiz.web.quiz;

/**
 * How a quiz tells its students apart, for the attempt limit and the results. Students have no accounts: a device
 * cookie is easily cleared, a name easily changed, so the teacher chooses how much to rely on.
 */
public enum Recognition {
    /** By the browser's device cookie only. */
    DEVICE("Attempts are counted for this device."),
    /** By the device and by the name typed: clearing the cookie and rejoining under the same name counts too. */
    NAME_AND_DEVICE("Attempts are counted for your name and for this device; your teacher sees every attempt under your name."),
    /** By a class list: each student joins with the personal code the teacher hands out. */
    ROSTER("Join with the personal code your teacher gave you; attempts are counted for your code.");

    private final String forStudents;

    Recognition(String forStudents) {
        this.forStudents = forStudents;
    }

    /** What the join page tells the student. */
    public String forStudents() {
        return forStudents;
    }
}
