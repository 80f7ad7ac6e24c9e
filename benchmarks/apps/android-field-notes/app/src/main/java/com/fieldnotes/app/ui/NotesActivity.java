package com.fieldnotes.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.Menu;
import android.view.MenuItem;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.appcompat.app.AppCompatActivity;
import androidx.fragment.app.Fragment;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.fieldnotes.app.FieldNotesApp;
import com.fieldnotes.app.R;
import com.fieldnotes.app.analytics.AnalyticsConstants;
import com.fieldnotes.app.analytics.AnalyticsInitializer;
import com.fieldnotes.app.data.AuthRepository;
import com.fieldnotes.app.data.db.AppDatabase;
import com.fieldnotes.app.data.db.NoteEntity;
import com.fieldnotes.app.work.SyncWorker;

import java.util.ArrayList;
import java.util.List;

public class NotesActivity extends AppCompatActivity {

    private AuthRepository auth;
    private final NotesAdapter adapter = new NotesAdapter();

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        auth = ((FieldNotesApp) getApplication()).authRepository();
        if (!auth.isSignedIn()) {
            startActivity(new Intent(this, LoginActivity.class));
            finish();
            return;
        }
        setContentView(R.layout.activity_notes);

        RecyclerView list = findViewById(R.id.notes_list);
        list.setLayoutManager(new LinearLayoutManager(this));
        list.setAdapter(adapter);
        TextView empty = findViewById(R.id.notes_empty);
        AppDatabase.get(this).noteDao().observeAll().observe(this, notes -> {
            adapter.submit(notes);
            empty.setVisibility(notes.isEmpty() ? View.VISIBLE : View.GONE);
        });

        findViewById(R.id.notes_add).setOnClickListener(v -> show(NoteEditorFragment.newInstance(0L)));
    }

    @Override
    public boolean onCreateOptionsMenu(Menu menu) {
        getMenuInflater().inflate(R.menu.notes, menu);
        return true;
    }

    @Override
    public boolean onOptionsItemSelected(@NonNull MenuItem item) {
        int id = item.getItemId();
        if (id == R.id.action_sync) {
            SyncWorker.enqueue(this, auth.sessionToken());
            AnalyticsInitializer.track(AnalyticsConstants.EVENT_SYNC_REQUESTED, null);
            return true;
        } else if (id == R.id.action_account) {
            show(new AccountFragment());
            return true;
        } else if (id == R.id.action_help) {
            show(new HelpWebViewFragment());
            return true;
        }
        return super.onOptionsItemSelected(item);
    }

    private void show(Fragment fragment) {
        getSupportFragmentManager().beginTransaction()
                .replace(R.id.notes_container, fragment)
                .addToBackStack(null)
                .commit();
    }

    private final class NotesAdapter extends RecyclerView.Adapter<NotesAdapter.Holder> {

        private final List<NoteEntity> items = new ArrayList<>();

        void submit(List<NoteEntity> notes) {
            items.clear();
            items.addAll(notes);
            notifyDataSetChanged();
        }

        @NonNull
        @Override
        public Holder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
            View view = LayoutInflater.from(parent.getContext()).inflate(R.layout.item_note, parent, false);
            return new Holder((TextView) view);
        }

        @Override
        public void onBindViewHolder(@NonNull Holder holder, int position) {
            NoteEntity note = items.get(position);
            holder.title.setText(note.title);
            holder.title.setOnClickListener(v -> show(NoteEditorFragment.newInstance(note.id)));
        }

        @Override
        public int getItemCount() {
            return items.size();
        }

        final class Holder extends RecyclerView.ViewHolder {
            final TextView title;

            Holder(TextView title) {
                super(title);
                this.title = title;
            }
        }
    }
}
