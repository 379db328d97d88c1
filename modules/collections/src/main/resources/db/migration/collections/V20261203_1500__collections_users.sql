-- The users the server has seen sign in, and whether their roles let them see every customer: whom an
-- activity may be handed to (issue 19).
CREATE TABLE collections_user (
    id             BIGINT       NOT NULL,
    user_name      VARCHAR(100) NOT NULL,
    sees_all       BOOLEAN      NOT NULL,
    last_signed_in DATE         NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_collections_user PRIMARY KEY (id),
    CONSTRAINT uq_collections_user UNIQUE (user_name)
);
