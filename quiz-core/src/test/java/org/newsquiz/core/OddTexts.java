package org.newsquiz.core;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Seeded generators of unusual article texts, each kind reproducible from its seed. */
enum OddTexts {
    EMPTY {
        @Override
        String text(Random random) {
            return "";
        }
    },
    WHITESPACE {
        @Override
        String text(Random random) {
            return pick(random, 1 + random.nextInt(200), " \t\n\r\u00A0\u2003\u3000\u2028\f");
        }
    },
    ONE_WORD {
        @Override
        String text(Random random) {
            return word(random, 'a', 26) + (random.nextBoolean() ? "." : "");
        }
    },
    NO_PUNCTUATION {
        @Override
        String text(Random random) {
            return words(random, 20 + random.nextInt(400), () -> random.nextInt(5) == 0 ? capitalised(random) : word(random, 'a', 26));
        }
    },
    NUMBERS_ONLY {
        @Override
        String text(Random random) {
            return words(random, 1 + random.nextInt(300), () -> switch (random.nextInt(5)) {
                case 0 -> String.valueOf(1900 + random.nextInt(150));
                case 1 -> String.format("%,d", random.nextInt(10_000_000));
                case 2 -> random.nextInt(100) + "." + random.nextInt(100);
                case 3 -> "-" + random.nextInt(1000) + "%";
                default -> String.valueOf(random.nextLong());
            });
        }
    },
    CYRILLIC {
        @Override
        String text(Random random) {
            return sentences(random, () -> word(random, 'а', 32), ".", "«", "»");
        }
    },
    ARABIC {
        @Override
        String text(Random random) {
            return sentences(random, () -> word(random, '\u0627', 26), "؟", "«", "»");
        }
    },
    CJK {
        @Override
        String text(Random random) {
            return sentences(random, () -> word(random, '\u4E00', 2000), "。", "「", "」").replace(" ", "");
        }
    },
    RANDOM_UNICODE {
        @Override
        String text(Random random) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3000);
            for (int i = 0; i < length; i++) {
                int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
                if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                    text.append((char) codePoint);
                } else {
                    text.appendCodePoint(codePoint);
                }
            }
            return text.toString();
        }
    },
    CONTROL_CHARACTERS {
        @Override
        String text(Random random) {
            String news = NEWS_LIKE.text(random);
            StringBuilder text = new StringBuilder();
            for (char c : news.toCharArray()) {
                text.append(c);
                if (random.nextInt(8) == 0) {
                    text.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7F + random.nextInt(0x21)));
                }
            }
            return text.toString();
        }
    },
    UNBALANCED_QUOTES {
        @Override
        String text(Random random) {
            String news = NEWS_LIKE.text(random);
            StringBuilder text = new StringBuilder();
            for (String piece : news.split(" ")) {
                text.append(piece).append(' ');
                if (random.nextInt(6) == 0) {
                    text.append(pick(random, 1, "“”\"'‘’«»„‹›")).append(' ');
                }
            }
            return text.toString();
        }
    },
    MARKUP {
        @Override
        String text(Random random) {
            String news = NEWS_LIKE.text(random);
            StringBuilder text = new StringBuilder();
            for (String sentence : news.split("(?<=\\.) ")) {
                text.append(MARKUP_PIECES.get(random.nextInt(MARKUP_PIECES.size()))).append(sentence).append(random.nextBoolean() ? "\n" : " ");
            }
            return text.toString();
        }
    },
    NEWS_LIKE {
        @Override
        String text(Random random) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(40);
            for (int i = 0; i < sentences; i++) {
                text.append(newsSentence(random)).append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            return text.toString();
        }
    };

    private static final List<String> NAMES = List.of("Maria Lindqvist", "Omar Haddad", "the mayor", "Chen Wei", "Dr. Ruth Adeyemi",
            "Prime Minister Paulo Nunes", "the U.S. president", "O'Brien", "Ivanova", "the council");
    private static final List<String> PLACES = List.of("Tromsø", "Lagos", "the Baltic Sea", "New South Wales", "Kharkiv", "São Paulo",
            "the European Union", "Nairobi", "St. Gallen", "Québec");
    private static final List<String> VERBS = List.of("said", "announced", "denied", "visited", "signed", "won", "lost", "opened",
            "closed", "warned", "agreed");
    private static final List<String> MARKUP_PIECES = List.of("", "# ", "## ", "<p>", "</p>", "<b>", "<script>", "<!-- ", "-->",
            "> ", "- ", "* ", "1. ", "[link](", "](http://x)", "<br/>", "&amp; ", "&nbsp;", "```\n", "---\n", "<h1>", "</div>");

    /** One text of this kind. */
    abstract String text(Random random);

    static String newsSentence(Random random) {
        String subject = NAMES.get(random.nextInt(NAMES.size()));
        String subjectCapitalised = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        return switch (random.nextInt(6)) {
            case 0 -> subjectCapitalised + " " + VERBS.get(random.nextInt(VERBS.size())) + " in " + PLACES.get(random.nextInt(PLACES.size()))
                    + " on Monday.";
            case 1 -> "In " + (1950 + random.nextInt(80)) + ", " + subject + " " + VERBS.get(random.nextInt(VERBS.size())) + " "
                    + (1 + random.nextInt(5000)) + " people.";
            case 2 -> "“We will not " + VERBS.get(random.nextInt(VERBS.size())) + " again,” " + subject + " said.";
            case 3 -> "About " + random.nextInt(100) + " percent of " + PLACES.get(random.nextInt(PLACES.size())) + " voted, up from "
                    + random.nextInt(100) + " percent.";
            case 4 -> subjectCapitalised + ", " + (20 + random.nextInt(70)) + ", " + VERBS.get(random.nextInt(VERBS.size())) + " "
                    + NAMES.get(random.nextInt(NAMES.size())) + " and " + NAMES.get(random.nextInt(NAMES.size())) + ".";
            default -> "The deal is worth " + (1 + random.nextInt(900)) + " million euros, " + subject + " told reporters in "
                    + PLACES.get(random.nextInt(PLACES.size())) + ".";
        };
    }

    private static String sentences(Random random, Supplier<String> words, String stop, String open, String close) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            text.append(words(random, 3 + random.nextInt(15), words));
            if (random.nextInt(4) == 0) {
                text.append(' ').append(open).append(words.get()).append(random.nextBoolean() ? close : "");
            }
            text.append(stop).append(' ');
        }
        return text.toString();
    }

    private static String words(Random random, int count, Supplier<String> word) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(word.get());
        }
        return text.toString();
    }

    private static String word(Random random, char first, int letters) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            word.append((char) (first + random.nextInt(letters)));
        }
        return word.toString();
    }

    private static String capitalised(Random random) {
        String word = word(random, 'a', 26);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String pick(Random random, int count, String characters) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }

    /** A news-like text of about {@code chars} characters, to exercise very long input. */
    static String huge(Random random, int chars) {
        StringBuilder text = new StringBuilder(chars + 200);
        while (text.length() < chars) {
            text.append(newsSentence(random)).append(random.nextInt(6) == 0 ? "\n\n" : " ");
        }
        return text.toString();
    }
}
