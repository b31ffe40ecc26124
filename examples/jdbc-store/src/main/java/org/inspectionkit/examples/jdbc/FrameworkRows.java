package org.inspectionkit.examples.jdbc;

import static org.inspectionkit.examples.jdbc.Sql.setText;
import static org.inspectionkit.examples.jdbc.Sql.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.DomainCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.framework.WordingSource;
import org.inspectionkit.model.provider.ProviderType;

/** The relational mapping of a {@link Framework} (tables of {@code V2__frameworks.sql}). */
final class FrameworkRows {

  /** Tables beneath {@code framework}, children before parents: the order to delete in. */
  static final List<String> CHILD_TABLES =
      List.of(
          "framework_prompt",
          "framework_key_question",
          "framework_standard_provider_type",
          "framework_standard",
          "framework_domain",
          "framework_provider_type");

  private FrameworkRows() {}

  /**
   * Rewrites the framework row of a stored framework and adds one to its revision, locking the row until the
   * transaction ends; returns false if the framework is not stored.
   */
  static boolean updateHeader(Connection c, Framework f) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE framework SET title = ?, cycle_start_year = ?, revision = revision + 1 WHERE id = ?")) {
      ps.setString(1, f.title());
      ps.setInt(2, f.cycle().startYear());
      ps.setString(3, f.id().value());
      return ps.executeUpdate() == 1;
    }
  }

  /** Inserts the framework row at revision 1; a unique violation means another save inserted it first. */
  static void insertHeader(Connection c, Framework f) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO framework (id, title, cycle_start_year, revision) VALUES (?, ?, ?, 1)")) {
      ps.setString(1, f.id().value());
      ps.setString(2, f.title());
      ps.setInt(3, f.cycle().startYear());
      ps.executeUpdate();
    }
  }

  /** Deletes the rows beneath a framework. */
  static void deleteChildren(Connection c, FrameworkId id) throws SQLException {
    for (String table : CHILD_TABLES) {
      Sql.execute(c, "DELETE FROM " + table + " WHERE framework_id = ?", id.value());
    }
  }

  /** The revision of a stored framework, if it is stored. */
  static OptionalLong revision(Connection c, FrameworkId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM framework WHERE id = ?")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** The revision of a stored framework, having locked its row until the transaction ends; empty if not stored. */
  static OptionalLong lockRevision(Connection c, FrameworkId id) throws SQLException {
    if (Sql.execute(c, "UPDATE framework SET revision = revision WHERE id = ?", id.value()) == 0) {
      return OptionalLong.empty();
    }
    return revision(c, id);
  }

  /** Inserts the rows beneath a framework, parents before children. */
  static void insertChildren(Connection c, Framework f) throws SQLException {
    String id = f.id().value();
    try (Sql.Batch types =
            new Sql.Batch(c, "INSERT INTO framework_provider_type (framework_id, provider_type) VALUES (?, ?)");
        Sql.Batch domains =
            new Sql.Batch(
                c,
                "INSERT INTO framework_domain (framework_id, domain_code, title, wording_source) VALUES (?, ?, ?, ?)");
        Sql.Batch standards =
            new Sql.Batch(
                c,
                "INSERT INTO framework_standard (framework_id, list_index, domain_code, standard_code, title,"
                    + " description, rating_basis, sample_kind, wording_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Sql.Batch scopes =
            new Sql.Batch(
                c,
                "INSERT INTO framework_standard_provider_type (framework_id, standard_index, provider_type)"
                    + " VALUES (?, ?, ?)");
        Sql.Batch questions =
            new Sql.Batch(
                c,
                "INSERT INTO framework_key_question (framework_id, standard_index, key_question_code, question_text,"
                    + " wording_source) VALUES (?, ?, ?, ?, ?)");
        Sql.Batch prompts =
            new Sql.Batch(
                c,
                "INSERT INTO framework_prompt (framework_id, standard_index, key_question_code, prompt_code,"
                    + " prompt_text, wording_source) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (ProviderType t : f.providerTypes()) {
        types.row().setString(1, id);
        types.row().setString(2, t.code());
        types.add();
      }
      int index = 0;
      for (Domain d : f.domains()) {
        PreparedStatement ps = domains.row();
        ps.setString(1, id);
        ps.setString(2, d.code().toString());
        ps.setString(3, d.title());
        ps.setString(4, d.wordingSource().name());
        domains.add();
        for (Standard s : d.standards()) {
          ps = standards.row();
          ps.setString(1, id);
          ps.setInt(2, index);
          ps.setString(3, d.code().toString());
          ps.setString(4, s.code().toString());
          ps.setString(5, s.title());
          setText(ps, 6, s.description());
          ps.setString(7, s.ratingBasis().name());
          setText(ps, 8, s.sampleKind().map(SampleKind::code));
          ps.setString(9, s.wordingSource().name());
          standards.add();
          for (ProviderType t : s.appliesTo()) {
            ps = scopes.row();
            ps.setString(1, id);
            ps.setInt(2, index);
            ps.setString(3, t.code());
            scopes.add();
          }
          for (KeyQuestion k : s.keyQuestions()) {
            ps = questions.row();
            ps.setString(1, id);
            ps.setInt(2, index);
            ps.setString(3, k.code().toString());
            ps.setString(4, k.text());
            ps.setString(5, k.wordingSource().name());
            questions.add();
            for (Prompt p : k.prompts()) {
              ps = prompts.row();
              ps.setString(1, id);
              ps.setInt(2, index);
              ps.setString(3, k.code().toString());
              ps.setString(4, p.code().toString());
              ps.setString(5, p.text());
              ps.setString(6, p.wordingSource().name());
              prompts.add();
            }
          }
          index++;
        }
      }
      // Parents before children, for the foreign keys.
      types.flush();
      domains.flush();
      standards.flush();
      scopes.flush();
      questions.flush();
      prompts.flush();
    }
  }

  /**
   * Reads a framework with one query per table, and the revision its row had; empty if it is not stored. The
   * caller makes the queries one consistent read (see {@link Sql#readWhole}).
   */
  static Optional<Read> read(Connection c, FrameworkId frameworkId) throws SQLException {
    String id = frameworkId.value();
    Framework.Builder f = Framework.builder().id(frameworkId);
    long revision;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT title, cycle_start_year, revision FROM framework WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        f.title(rs.getString(1)).cycle(Cycle.of(rs.getInt(2)));
        revision = rs.getLong(3);
      }
    }
    for (String type : strings(c, "SELECT provider_type FROM framework_provider_type WHERE framework_id = ?", id)) {
      f.addProviderTypes(ProviderType.of(type));
    }
    Map<String, Domain.Builder> domains = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT domain_code, title, wording_source FROM framework_domain WHERE framework_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          domains.put(
              rs.getString(1),
              Domain.builder()
                  .code(DomainCode.parse(rs.getString(1)))
                  .title(rs.getString(2))
                  .wordingSource(WordingSource.valueOf(rs.getString(3))));
        }
      }
    }
    // Standards by their place in the framework, so two that share a code keep their order.
    Map<Integer, Standard.Builder> standards = new TreeMap<>();
    Map<Integer, String> domainOf = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT list_index, domain_code, standard_code, title, description, rating_basis, sample_kind,"
                + " wording_source FROM framework_standard WHERE framework_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int index = rs.getInt(1);
          domainOf.put(index, rs.getString(2));
          standards.put(
              index,
              Standard.builder()
                  .code(StandardCode.parse(rs.getString(3)))
                  .title(rs.getString(4))
                  .description(text(rs, 5))
                  .ratingBasis(RatingBasis.valueOf(rs.getString(6)))
                  .sampleKind(text(rs, 7).map(SampleKind::of))
                  .wordingSource(WordingSource.valueOf(rs.getString(8))));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_index, provider_type FROM framework_standard_provider_type WHERE framework_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Sql.parent(standards, rs.getInt(1), "framework_standard_provider_type").addAppliesTo(ProviderType.of(rs.getString(2)));
        }
      }
    }
    Map<List<Object>, KeyQuestion.Builder> questions = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_index, key_question_code, question_text, wording_source FROM framework_key_question"
                + " WHERE framework_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          questions.put(
              List.of(rs.getInt(1), rs.getString(2)),
              KeyQuestion.builder()
                  .code(KeyQuestionCode.parse(rs.getString(2)))
                  .text(rs.getString(3))
                  .wordingSource(WordingSource.valueOf(rs.getString(4))));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_index, key_question_code, prompt_code, prompt_text, wording_source FROM framework_prompt"
                + " WHERE framework_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Sql.parent(questions, List.of(rs.getInt(1), rs.getString(2)), "framework_prompt")
              .addPrompt(
                  Prompt.builder()
                      .code(PromptCode.parse(rs.getString(3)))
                      .text(rs.getString(4))
                      .wordingSource(WordingSource.valueOf(rs.getString(5)))
                      .build());
        }
      }
    }
    for (Map.Entry<List<Object>, KeyQuestion.Builder> q : questions.entrySet()) {
      Sql.parent(standards, (Integer) q.getKey().get(0), "framework_key_question").addKeyQuestion(q.getValue().build());
    }
    for (Map.Entry<Integer, Standard.Builder> s : standards.entrySet()) {
      Sql.parent(domains, domainOf.get(s.getKey()), "framework_standard").addStandard(s.getValue().build());
    }
    for (Domain.Builder d : domains.values()) {
      f.addDomain(d.build());
    }
    return Optional.of(new Read(f.build(), revision));
  }

  /** A framework as read, with the revision its row had. */
  static final class Read {
    final Framework framework;
    final long revision;

    Read(Framework framework, long revision) {
      this.framework = framework;
      this.revision = revision;
    }
  }

  /** Every framework id, in natural order. */
  static List<FrameworkId> ids(Connection c) throws SQLException {
    List<FrameworkId> out = new ArrayList<>();
    for (String id : strings(c, "SELECT id FROM framework")) {
      out.add(FrameworkId.of(id));
    }
    out.sort(null);
    return out;
  }

  private static List<String> strings(Connection c, String sql, String... parameters) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
