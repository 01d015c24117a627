-- Teachers list their own articles, questions, sets and quizzes; these lookups go by owner.
CREATE INDEX article_owner_idx ON article (owner_id);
CREATE INDEX question_owner_article_idx ON question (owner_id, article_id);
CREATE INDEX question_set_owner_idx ON question_set (owner_id);
CREATE INDEX quiz_owner_idx ON quiz (owner_id);
