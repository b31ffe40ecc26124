-- Service user voice, 2019-20: the coded themes of each interview that took place, by the interview's list_index
-- (what the service user said is never stored, only its themes), and the record that the area has no service user forum or equivalent, with how
-- that was established.

CREATE TABLE interview_theme (
  inspection_id        VARCHAR(64) NOT NULL,
  list_index           INTEGER     NOT NULL,
  theme                VARCHAR(64) NOT NULL,
  CONSTRAINT interview_theme_pk PRIMARY KEY (inspection_id, list_index, theme),
  CONSTRAINT interview_theme_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE no_service_user_forum (
  inspection_id        VARCHAR(64)   NOT NULL,
  established_by       VARCHAR(40)   NOT NULL,
  enquiry_date         DATE,
  note                 VARCHAR(4000),
  CONSTRAINT no_service_user_forum_pk PRIMARY KEY (inspection_id),
  CONSTRAINT no_service_user_forum_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);
