package org.inspectionkit.model.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;

/**
 * Where an application keeps its inspections: each {@link Inspection} is saved and loaded whole, as one aggregate
 * with its cases, assessments, service user voice, evidence, judgements, overrides, the recommendations it made and
 * its progress assessments of earlier ones.
 *
 * <p><b>Versions.</b> Every stored inspection has a version: {@link #insert(Inspection)} stores version 1 and each
 * {@link #update(Inspection, long)} adds one. An update names the version it was based on; if the stored version
 * is another, the update fails with a {@link VersionConflictException} and changes nothing, so two inspectors
 * editing the same inspection never silently overwrite each other. The usual loop is: load, change, update with
 * the loaded version, and on a conflict load again and redo the change.
 *
 * <p><b>Atomicity.</b> A save stores the whole aggregate or nothing: a failure part-way (a lost connection, a full
 * disk) leaves the previous version intact, and a reader never sees half of a save. What a save writes, a later
 * {@link #find(InspectionId)} returns equal ({@link Inspection#equals(Object)}), with every date, optional value,
 * map and list as saved.
 *
 * <p><b>Recommendations across inspections.</b> A recommendation lives in the inspection that made it, and a
 * progress assessment in the inspection that made it (a later one); the queries {@link #recommendationsFor},
 * {@link #progressAssessmentsOf} and {@link #recommendation} find them across inspections. Their default methods
 * derive the answer from {@link #list} and {@link #find}, which is correct for any store; an adapter over a
 * database overrides them with a direct query.
 *
 * <p><b>Failures.</b> Every method throws {@link StoreException} (unchecked) when the storage fails, naming the
 * record concerned; {@link NotFoundException} and {@link VersionConflictException} are the failures a caller acts
 * on. Implementations must be safe for use by concurrent threads, and prove their behaviour by running the
 * contract tests of {@code inspection-testkit} ({@code org.inspectionkit.testkit.store.InspectionStoreContract}).
 */
public interface InspectionStore {

  /**
   * The stored inspection with this id and its version, if there is one.
   *
   * @param id the inspection id
   * @return the inspection and its version, or empty
   * @throws StoreException if the storage fails
   */
  Optional<Versioned<Inspection>> find(InspectionId id);

  /**
   * The stored inspection with this id and its version.
   *
   * @param id the inspection id
   * @return the inspection and its version
   * @throws NotFoundException if no inspection has this id; the message names it
   * @throws StoreException if the storage fails
   */
  default Versioned<Inspection> load(InspectionId id) {
    return find(id).orElseThrow(() -> NotFoundException.inspection(id));
  }

  /**
   * Stores a new inspection at version 1.
   *
   * @param inspection the inspection, whose id is not yet stored
   * @return the inspection at version 1
   * @throws VersionConflictException if an inspection with this id is already stored (expected version 0, actual
   *     the stored version); nothing is changed
   * @throws StoreException if the storage fails; nothing is stored
   */
  Versioned<Inspection> insert(Inspection inspection);

  /**
   * Replaces a stored inspection (the whole aggregate) with a new version, if the stored version is the one the
   * change was based on.
   *
   * @param inspection the inspection as it should now be stored, whose id is stored
   * @param expectedVersion the version the change was based on, from 1
   * @return the inspection at version {@code expectedVersion + 1}
   * @throws VersionConflictException if the stored version is not {@code expectedVersion}; nothing is changed
   * @throws NotFoundException if no inspection has this id
   * @throws IllegalArgumentException if {@code expectedVersion} is less than 1
   * @throws StoreException if the storage fails; the previous version stays as it was
   */
  Versioned<Inspection> update(Inspection inspection, long expectedVersion);

  /**
   * Removes a stored inspection, if the stored version is the one the caller last saw. The recommendations it
   * made and the progress assessments it holds go with it.
   *
   * @param id the inspection id
   * @param expectedVersion the version the caller last saw, from 1
   * @throws VersionConflictException if the stored version is not {@code expectedVersion}; nothing is changed
   * @throws NotFoundException if no inspection has this id
   * @throws IllegalArgumentException if {@code expectedVersion} is less than 1
   * @throws StoreException if the storage fails; the inspection stays as it was
   */
  void delete(InspectionId id, long expectedVersion);

  /**
   * The stored inspections that match a query, in {@link InspectionSummary#listingOrder()}: by cycle, then
   * provider, then id.
   *
   * @param query which inspections; {@link InspectionQuery#all()} for every one
   * @return the summaries, possibly empty
   * @throws StoreException if the storage fails, or a stored record cannot be read (naming it; {@link #listing}
   *     lists past damage)
   */
  List<InspectionSummary> list(InspectionQuery query);

  /**
   * The stored inspections that match a query, as {@link #list} gives them, and beside them every stored record
   * that could not be read: one damaged record never hides the others.
   *
   * <p>The default method has no way to go past damage: it returns {@link #list}'s answer with nothing damaged,
   * and fails as {@code list} does. Adapters over real storage override it.
   *
   * @param query which inspections; {@link InspectionQuery#all()} for every one
   * @return the readable summaries and the damaged records
   * @throws StoreException if the storage as a whole fails
   */
  default StoreListing listing(InspectionQuery query) {
    return StoreListing.of(list(query), List.of());
  }

  /**
   * Reads every stored version of every stored inspection, as a load would, and reports each one that cannot be
   * read: missing, cut short, changed outside the store (where the adapter keeps a digest), or not a valid
   * inspection. Nothing is changed or repaired.
   *
   * <p>The default method loads the current version of every inspection that {@link #listing} finds. Adapters
   * that keep older versions override it to read those too.
   *
   * @return the damaged records, by key and version; empty when the store is healthy
   * @throws StoreException if the storage as a whole fails
   */
  default List<DamagedRecord> verify() {
    StoreListing listing = listing(InspectionQuery.all());
    List<DamagedRecord> damaged = new ArrayList<>(listing.damaged());
    for (InspectionSummary summary : listing.summaries()) {
      try {
        find(summary.id());
      } catch (NotFoundException e) {
        // deleted since it was listed: not damage
      } catch (StoreException e) {
        damaged.add(DamagedRecord.of(summary.version(), e));
      }
    }
    return List.copyOf(damaged);
  }

  /**
   * The recommendation with this id, if the inspection that made it is stored and made it.
   *
   * @param id the recommendation id: the inspection that made it and its number
   * @return the recommendation, or empty
   * @throws StoreException if the storage fails
   */
  default Optional<Recommendation> recommendation(RecommendationId id) {
    return find(id.inspection())
        .flatMap(
            stored ->
                stored.value().recommendations().stream().filter(r -> r.number() == id.number()).findFirst());
  }

  /**
   * The recommendations made by the stored inspections of one provider, in the listing order of the inspections
   * that made them (so earlier cycles first), then by number.
   *
   * <p>The default method loads every inspection of the provider; adapters may answer with one query.
   *
   * @param provider the provider id
   * @return the recommendations, possibly empty
   * @throws StoreException if the storage fails
   */
  default List<Recommendation> recommendationsFor(ProviderId provider) {
    List<Recommendation> out = new ArrayList<>();
    for (InspectionSummary s : list(InspectionQuery.ofProvider(provider))) {
      find(s.id()).ifPresent(stored -> out.addAll(stored.value().recommendations()));
    }
    return out;
  }

  /**
   * The progress assessments of one recommendation, made by any stored inspection (usually the next inspection of
   * the same provider, but the provider may have been reorganised in between), in the listing order of the
   * inspections that made them.
   *
   * <p>The default method loads every stored inspection; adapters should answer with one query.
   *
   * @param recommendation the recommendation id
   * @return the progress assessments, possibly empty
   * @throws StoreException if the storage fails
   */
  default List<ProgressAssessment> progressAssessmentsOf(RecommendationId recommendation) {
    List<ProgressAssessment> out = new ArrayList<>();
    for (InspectionSummary s : list(InspectionQuery.all())) {
      find(s.id())
          .ifPresent(
              stored ->
                  stored.value().progressAssessments().stream()
                      .filter(p -> p.recommendation().equals(recommendation))
                      .forEach(out::add));
    }
    return out;
  }

}
