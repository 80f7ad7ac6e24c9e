package livedata;

import android.app.Activity;
import android.os.Bundle;
import android.widget.TextView;

/** Observes what the repository of another file posts: a summary shown on screen. */
public class FlagsActivity extends Activity {
  private FlagRepository repository;
  private TextView summaryView;
  private TextView countView;

  @Override
  protected void onCreate(Bundle state) {
    super.onCreate(state);
    repository.summary().observe(this, summary -> summaryView.setText(summary.toString())); // Noncompliant
    repository.summary().observeForever(summary -> summaryView.setText(summary.toString())); // Noncompliant
    repository.summary().observe(this, summary -> countView.setText(String.valueOf(summary.active())));
    repository.activeCount().observe(this, count -> countView.setText(String.valueOf(count)));
    // what another file's LiveData is set to reaches its observers
    repository.evaluationKey().observe(this, key -> summaryView.setText(key)); // Noncompliant
    repository.startingKey().observeForever(key -> summaryView.setText("key " + key)); // Noncompliant
    repository.keyHint().observe(this, hint -> summaryView.setText(hint));
  }
}
