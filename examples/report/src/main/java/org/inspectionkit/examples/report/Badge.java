package org.inspectionkit.examples.report;

import org.inspectionkit.model.Rating;

/**
 * A rating as the page shows it: its words, always, and the class that colours it.
 *
 * @param label the rating in words, such as {@code Requires improvement}
 * @param cssClass the class that colours it, such as {@code rating-requires-improvement}
 */
record Badge(String label, String cssClass) {

  static Badge of(Rating rating) {
    return new Badge(rating.label(), Palette.cssClass(rating));
  }
}
