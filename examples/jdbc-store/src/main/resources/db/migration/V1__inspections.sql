-- Inspections, stored relationally: one row per aggregate in inspection (with the version used for optimistic
-- concurrency), and one table per kind of child row, each keyed by the inspection id first so that replacing or
-- reading a whole aggregate is a range on the primary key. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Lists whose order is not given by a key (interviews, forum meetings, unpaid work evidence, evidence items,
-- evidence of result) keep it in list_index. Codes are stored as their text form (2.1.3, 2.1.3.b).

CREATE TABLE inspection (
  id                   VARCHAR(64)  NOT NULL,
  version              BIGINT       NOT NULL,
  provider_id          VARCHAR(64)  NOT NULL,
  provider_name        VARCHAR(200) NOT NULL,
  provider_type        VARCHAR(64)  NOT NULL,
  provider_area        VARCHAR(500),
  framework_id         VARCHAR(64)  NOT NULL,
  cycle_start_year     INTEGER      NOT NULL,
  status               VARCHAR(16)  NOT NULL,
  fieldwork_start      DATE,
  fieldwork_weeks      INTEGER,
  previous_inspection  VARCHAR(64),
  CONSTRAINT inspection_pk PRIMARY KEY (id),
  CONSTRAINT inspection_version_ck CHECK (version >= 1)
);

CREATE INDEX inspection_by_provider ON inspection (provider_id, cycle_start_year);

CREATE INDEX inspection_by_cycle ON inspection (cycle_start_year);

CREATE TABLE inspected_case (
  inspection_id        VARCHAR(64) NOT NULL,
  case_ref             VARCHAR(40) NOT NULL,
  sample_kind          VARCHAR(64) NOT NULL,
  gender               VARCHAR(16),
  sentence_type        VARCHAR(16),
  risk_of_serious_harm VARCHAR(16),
  start_date           DATE,
  CONSTRAINT inspected_case_pk PRIMARY KEY (inspection_id, case_ref),
  CONSTRAINT inspected_case_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE case_attribute (
  inspection_id        VARCHAR(64)  NOT NULL,
  case_ref             VARCHAR(40)  NOT NULL,
  name                 VARCHAR(40)  NOT NULL,
  attribute_value      VARCHAR(100) NOT NULL,
  CONSTRAINT case_attribute_pk PRIMARY KEY (inspection_id, case_ref, name),
  CONSTRAINT case_attribute_case_fk FOREIGN KEY (inspection_id, case_ref)
    REFERENCES inspected_case (inspection_id, case_ref)
);

-- Diversity characteristics are sensitive: a table of their own, so a deployment can restrict access to it.
CREATE TABLE case_diversity (
  inspection_id        VARCHAR(64)  NOT NULL,
  case_ref             VARCHAR(40)  NOT NULL,
  name                 VARCHAR(40)  NOT NULL,
  characteristic       VARCHAR(100) NOT NULL,
  CONSTRAINT case_diversity_pk PRIMARY KEY (inspection_id, case_ref, name),
  CONSTRAINT case_diversity_case_fk FOREIGN KEY (inspection_id, case_ref)
    REFERENCES inspected_case (inspection_id, case_ref)
);

CREATE TABLE case_assessment (
  inspection_id        VARCHAR(64) NOT NULL,
  case_ref             VARCHAR(40) NOT NULL,
  assessor             VARCHAR(40) NOT NULL,
  assessed_on          DATE        NOT NULL,
  CONSTRAINT case_assessment_pk PRIMARY KEY (inspection_id, case_ref),
  CONSTRAINT case_assessment_case_fk FOREIGN KEY (inspection_id, case_ref)
    REFERENCES inspected_case (inspection_id, case_ref)
);

-- One row per answer: a key question (2.1.3) or a prompt (2.1.3.b), told apart by the code's shape.
-- No foreign key to case_assessment, on purpose: this is the largest table (twelve or more rows per case), and
-- checking the key row by row took about 40% of the time of saving a 10,000-case inspection on PostgreSQL. The
-- store writes and deletes answers only together with their assessment, in one transaction.
CREATE TABLE case_answer (
  inspection_id        VARCHAR(64) NOT NULL,
  case_ref             VARCHAR(40) NOT NULL,
  element_code         VARCHAR(16) NOT NULL,
  answer               VARCHAR(16) NOT NULL,
  CONSTRAINT case_answer_pk PRIMARY KEY (inspection_id, case_ref, element_code)
);

CREATE TABLE service_user_interview (
  inspection_id        VARCHAR(64) NOT NULL,
  list_index           INTEGER     NOT NULL,
  case_ref             VARCHAR(40) NOT NULL,
  outcome              VARCHAR(16) NOT NULL,
  interview_date       DATE,
  CONSTRAINT service_user_interview_pk PRIMARY KEY (inspection_id, list_index),
  CONSTRAINT service_user_interview_case_fk FOREIGN KEY (inspection_id, case_ref)
    REFERENCES inspected_case (inspection_id, case_ref)
);

-- Backs the foreign key: without it, deleting the cases of an inspection scans its interviews once per case.
CREATE INDEX service_user_interview_by_case ON service_user_interview (inspection_id, case_ref);

CREATE TABLE forum_meeting (
  inspection_id        VARCHAR(64)    NOT NULL,
  list_index           INTEGER        NOT NULL,
  meeting_date         DATE           NOT NULL,
  forum                VARCHAR(200)   NOT NULL,
  attendees            INTEGER,
  notes                VARCHAR(20000),
  CONSTRAINT forum_meeting_pk PRIMARY KEY (inspection_id, list_index),
  CONSTRAINT forum_meeting_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE evidence_submission (
  inspection_id        VARCHAR(64)    NOT NULL,
  key_question         VARCHAR(16)    NOT NULL,
  narrative            VARCHAR(20000),
  submitted_on         DATE,
  CONSTRAINT evidence_submission_pk PRIMARY KEY (inspection_id, key_question),
  CONSTRAINT evidence_submission_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE evidence_item (
  inspection_id        VARCHAR(64)   NOT NULL,
  key_question         VARCHAR(16)   NOT NULL,
  list_index           INTEGER       NOT NULL,
  title                VARCHAR(500)  NOT NULL,
  description          VARCHAR(4000),
  document_ref         VARCHAR(500),
  CONSTRAINT evidence_item_pk PRIMARY KEY (inspection_id, key_question, list_index),
  CONSTRAINT evidence_item_submission_fk FOREIGN KEY (inspection_id, key_question)
    REFERENCES evidence_submission (inspection_id, key_question)
);

CREATE TABLE unpaid_work_evidence (
  inspection_id        VARCHAR(64)    NOT NULL,
  list_index           INTEGER        NOT NULL,
  method               VARCHAR(40)    NOT NULL,
  evidence_date        DATE,
  summary              VARCHAR(20000) NOT NULL,
  CONSTRAINT unpaid_work_evidence_pk PRIMARY KEY (inspection_id, list_index),
  CONSTRAINT unpaid_work_evidence_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE standard_judgement (
  inspection_id        VARCHAR(64)    NOT NULL,
  standard_code        VARCHAR(8)     NOT NULL,
  rating               VARCHAR(24)    NOT NULL,
  rationale            VARCHAR(20000) NOT NULL,
  inspector            VARCHAR(40),
  CONSTRAINT standard_judgement_pk PRIMARY KEY (inspection_id, standard_code),
  CONSTRAINT standard_judgement_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

-- What a judgement cites: cited_kind is ELEMENT (a standard or key question code), CASE (a case reference) or
-- RECOMMENDATION (a recommendation id, inspection/number).
CREATE TABLE judgement_citation (
  inspection_id        VARCHAR(64) NOT NULL,
  standard_code        VARCHAR(8)  NOT NULL,
  cited_kind           VARCHAR(16) NOT NULL,
  cited                VARCHAR(80) NOT NULL,
  CONSTRAINT judgement_citation_pk PRIMARY KEY (inspection_id, standard_code, cited_kind, cited),
  CONSTRAINT judgement_citation_judgement_fk FOREIGN KEY (inspection_id, standard_code)
    REFERENCES standard_judgement (inspection_id, standard_code)
);

CREATE TABLE rating_override (
  inspection_id        VARCHAR(64)    NOT NULL,
  standard_code        VARCHAR(8)     NOT NULL,
  computed_rating      VARCHAR(24)    NOT NULL,
  final_rating         VARCHAR(24)    NOT NULL,
  reason               VARCHAR(20000) NOT NULL,
  inspector            VARCHAR(40),
  CONSTRAINT rating_override_pk PRIMARY KEY (inspection_id, standard_code),
  CONSTRAINT rating_override_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE recommendation (
  inspection_id         VARCHAR(64)   NOT NULL,
  recommendation_number INTEGER       NOT NULL,
  target_code           VARCHAR(16)   NOT NULL,
  recommendation_text   VARCHAR(4000) NOT NULL,
  addressed_to          VARCHAR(200)  NOT NULL,
  CONSTRAINT recommendation_pk PRIMARY KEY (inspection_id, recommendation_number),
  CONSTRAINT recommendation_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

-- A progress assessment lives in the inspection that made it (inspection_id) and names the recommendation it
-- assesses by the inspection that made that (made_in, not a foreign key: the earlier inspection may not be stored
-- here) and its number.
CREATE TABLE progress_assessment (
  inspection_id         VARCHAR(64)   NOT NULL,
  made_in               VARCHAR(64)   NOT NULL,
  recommendation_number INTEGER       NOT NULL,
  progress              VARCHAR(16)   NOT NULL,
  commentary            VARCHAR(4000),
  CONSTRAINT progress_assessment_pk PRIMARY KEY (inspection_id, made_in, recommendation_number),
  CONSTRAINT progress_assessment_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE INDEX progress_assessment_by_recommendation ON progress_assessment (made_in, recommendation_number);

CREATE TABLE progress_evidence (
  inspection_id         VARCHAR(64)   NOT NULL,
  made_in               VARCHAR(64)   NOT NULL,
  recommendation_number INTEGER       NOT NULL,
  list_index            INTEGER       NOT NULL,
  statement             VARCHAR(4000) NOT NULL,
  CONSTRAINT progress_evidence_pk PRIMARY KEY (inspection_id, made_in, recommendation_number, list_index),
  CONSTRAINT progress_evidence_assessment_fk FOREIGN KEY (inspection_id, made_in, recommendation_number)
    REFERENCES progress_assessment (inspection_id, made_in, recommendation_number)
);
