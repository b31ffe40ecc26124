-- Unpaid work is rated on its cases and, as the 2019-20 method says, on qualitative information from
-- observations and outcome information: the outcome figures of a period (one row per inspection, every figure
-- optional), and the moves of a case-rated standard's rating on that evidence (one row per standard, with the
-- methods of unpaid work evidence it cites).

CREATE TABLE unpaid_work_outcomes (
  inspection_id                  VARCHAR(64) NOT NULL,
  period_start                   DATE        NOT NULL,
  period_end                     DATE        NOT NULL,
  orders_made                    INTEGER,
  hours_ordered                  INTEGER,
  hours_worked                   INTEGER,
  orders_completed               INTEGER,
  completed_within_twelve_months INTEGER,
  CONSTRAINT unpaid_work_outcomes_pk PRIMARY KEY (inspection_id),
  CONSTRAINT unpaid_work_outcomes_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE qualitative_adjustment (
  inspection_id        VARCHAR(64)    NOT NULL,
  standard_code        VARCHAR(8)     NOT NULL,
  case_data_rating     VARCHAR(24)    NOT NULL,
  final_rating         VARCHAR(24)    NOT NULL,
  cites_outcomes       BOOLEAN        NOT NULL,
  reason               VARCHAR(20000) NOT NULL,
  inspector            VARCHAR(40),
  CONSTRAINT qualitative_adjustment_pk PRIMARY KEY (inspection_id, standard_code),
  CONSTRAINT qualitative_adjustment_inspection_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE qualitative_adjustment_method (
  inspection_id        VARCHAR(64) NOT NULL,
  standard_code        VARCHAR(8)  NOT NULL,
  method               VARCHAR(40) NOT NULL,
  CONSTRAINT qualitative_adjustment_method_pk PRIMARY KEY (inspection_id, standard_code, method),
  CONSTRAINT qualitative_adjustment_method_fk FOREIGN KEY (inspection_id, standard_code)
    REFERENCES qualitative_adjustment (inspection_id, standard_code)
);
