-- Frameworks, stored relationally: framework -> domain -> standard -> key question -> prompt, keyed by framework
-- id. Standards are keyed by their place in the framework (list_index), not by code, because two standards may
-- share a code for different provider types (3.1 unpaid work for a CRC, 3.1 court work for an NPS division).
-- A save keeps the framework row, locks it and adds one to its revision, then replaces the rows beneath it; a
-- reader compares the revision before and after reading, so it never returns a mix of two saves.

CREATE TABLE framework (
  id                   VARCHAR(64)  NOT NULL,
  title                VARCHAR(500) NOT NULL,
  cycle_start_year     INTEGER      NOT NULL,
  revision             BIGINT       NOT NULL,
  CONSTRAINT framework_pk PRIMARY KEY (id)
);

CREATE TABLE framework_provider_type (
  framework_id         VARCHAR(64) NOT NULL,
  provider_type        VARCHAR(64) NOT NULL,
  CONSTRAINT framework_provider_type_pk PRIMARY KEY (framework_id, provider_type),
  CONSTRAINT framework_provider_type_framework_fk FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE framework_domain (
  framework_id         VARCHAR(64)  NOT NULL,
  domain_code          VARCHAR(8)   NOT NULL,
  title                VARCHAR(500) NOT NULL,
  wording_source       VARCHAR(16)  NOT NULL,
  CONSTRAINT framework_domain_pk PRIMARY KEY (framework_id, domain_code),
  CONSTRAINT framework_domain_framework_fk FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE framework_standard (
  framework_id         VARCHAR(64)   NOT NULL,
  list_index           INTEGER       NOT NULL,
  domain_code          VARCHAR(8)    NOT NULL,
  standard_code        VARCHAR(8)    NOT NULL,
  title                VARCHAR(500)  NOT NULL,
  description          VARCHAR(4000),
  rating_basis         VARCHAR(16)   NOT NULL,
  sample_kind          VARCHAR(64),
  wording_source       VARCHAR(16)   NOT NULL,
  CONSTRAINT framework_standard_pk PRIMARY KEY (framework_id, list_index),
  CONSTRAINT framework_standard_domain_fk FOREIGN KEY (framework_id, domain_code)
    REFERENCES framework_domain (framework_id, domain_code)
);

-- The provider types a standard applies to; none means every provider type of the framework.
CREATE TABLE framework_standard_provider_type (
  framework_id         VARCHAR(64) NOT NULL,
  standard_index       INTEGER     NOT NULL,
  provider_type        VARCHAR(64) NOT NULL,
  CONSTRAINT framework_standard_provider_type_pk PRIMARY KEY (framework_id, standard_index, provider_type),
  CONSTRAINT framework_standard_provider_type_standard_fk FOREIGN KEY (framework_id, standard_index)
    REFERENCES framework_standard (framework_id, list_index)
);

CREATE TABLE framework_key_question (
  framework_id         VARCHAR(64)   NOT NULL,
  standard_index       INTEGER       NOT NULL,
  key_question_code    VARCHAR(16)   NOT NULL,
  question_text        VARCHAR(2000) NOT NULL,
  wording_source       VARCHAR(16)   NOT NULL,
  CONSTRAINT framework_key_question_pk PRIMARY KEY (framework_id, standard_index, key_question_code),
  CONSTRAINT framework_key_question_standard_fk FOREIGN KEY (framework_id, standard_index)
    REFERENCES framework_standard (framework_id, list_index)
);

CREATE TABLE framework_prompt (
  framework_id         VARCHAR(64)   NOT NULL,
  standard_index       INTEGER       NOT NULL,
  key_question_code    VARCHAR(16)   NOT NULL,
  prompt_code          VARCHAR(16)   NOT NULL,
  prompt_text          VARCHAR(2000) NOT NULL,
  wording_source       VARCHAR(16)   NOT NULL,
  CONSTRAINT framework_prompt_pk PRIMARY KEY (framework_id, standard_index, prompt_code),
  CONSTRAINT framework_prompt_key_question_fk FOREIGN KEY (framework_id, standard_index, key_question_code)
    REFERENCES framework_key_question (framework_id, standard_index, key_question_code)
);
