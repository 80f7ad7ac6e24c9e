package com.fieldnotes.app.ui;

import android.os.Bundle;
import android.text.Editable;
import android.text.TextWatcher;
import android.util.Log;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;

import com.fieldnotes.app.BuildConfig;
import com.fieldnotes.app.R;
import com.fieldnotes.app.analytics.AnalyticsConstants;
import com.fieldnotes.app.analytics.AnalyticsInitializer;
import com.fieldnotes.app.data.db.AppDatabase;
import com.fieldnotes.app.data.db.NoteDao;
import com.fieldnotes.app.data.db.NoteEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class NoteEditorFragment extends Fragment {

    private static final String TAG = "NoteEditor";
    private static final String ARG_NOTE_ID = "note_id";

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private long noteId;
    private EditText titleField;
    private EditText bodyField;
    private TextView stats;

    public static NoteEditorFragment newInstance(long noteId) {
        NoteEditorFragment fragment = new NoteEditorFragment();
        Bundle args = new Bundle();
        args.putLong(ARG_NOTE_ID, noteId);
        fragment.setArguments(args);
        return fragment;
    }

    @Nullable
    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_note_editor, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        noteId = requireArguments().getLong(ARG_NOTE_ID);
        titleField = view.findViewById(R.id.editor_title);
        bodyField = view.findViewById(R.id.editor_body);
        stats = view.findViewById(R.id.editor_stats);
        view.findViewById(R.id.editor_save).setOnClickListener(v -> save());

        bodyField.addTextChangedListener(new TextWatcher() {
            @Override
            public void beforeTextChanged(CharSequence s, int start, int count, int after) {
            }

            @Override
            public void onTextChanged(CharSequence s, int start, int before, int count) {
            }

            @Override
            public void afterTextChanged(Editable s) {
                updateStats(s.toString());
            }
        });

        if (noteId != 0L) {
            NoteDao dao = AppDatabase.get(requireContext()).noteDao();
            io.execute(() -> {
                NoteEntity note = dao.byId(noteId);
                if (note != null && isAdded()) {
                    requireActivity().runOnUiThread(() -> {
                        titleField.setText(note.title);
                        bodyField.setText(note.body);
                    });
                }
            });
        }
    }

    private void updateStats(String body) {
        List<MarkdownLexer.Token> tokens = MarkdownLexer.tokenize(body);
        int headings = 0;
        int words = 0;
        for (MarkdownLexer.Token token : tokens) {
            if (BuildConfig.DEBUG) {
                Log.v(TAG, "token " + token.type + " '" + token.text + "'");
            }
            if (token.type == MarkdownLexer.Type.HEADING) {
                headings++;
            } else if (token.type == MarkdownLexer.Type.WORD) {
                words++;
            }
        }
        stats.setText(words + " words · " + headings + " headings");
    }

    private void save() {
        String title = titleField.getText().toString().trim();
        String body = bodyField.getText().toString();
        NoteDao dao = AppDatabase.get(requireContext()).noteDao();
        io.execute(() -> {
            NoteEntity note = noteId == 0L ? new NoteEntity() : dao.byId(noteId);
            note.title = title;
            note.body = body;
            note.updatedAt = System.currentTimeMillis();
            note.dirty = true;
            long id = dao.insert(note);
            Map<String, Object> props = new HashMap<>();
            props.put("length", body.length());
            props.put("is_new", noteId == 0L);
            AnalyticsInitializer.track(AnalyticsConstants.EVENT_NOTE_CREATED, props);
            Log.i(TAG, "Saved note " + id);
        });
        getParentFragmentManager().popBackStack();
    }

    /** Tiny line-oriented Markdown lexer, just enough for the word/heading counter. */
    static final class MarkdownLexer {

        enum Type { HEADING, BULLET, WORD }

        static final class Token {
            final Type type;
            final String text;

            Token(Type type, String text) {
                this.type = type;
                this.text = text;
            }
        }

        static List<Token> tokenize(String source) {
            List<Token> tokens = new ArrayList<>();
            for (String line : source.split("\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("#")) {
                    tokens.add(new Token(Type.HEADING, trimmed.replaceFirst("^#+\\s*", "")));
                    continue;
                }
                if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                    tokens.add(new Token(Type.BULLET, trimmed.substring(0, 1)));
                    trimmed = trimmed.substring(2);
                }
                for (String word : trimmed.split("\\s+")) {
                    if (!word.isEmpty()) {
                        tokens.add(new Token(Type.WORD, word));
                    }
                }
            }
            return tokens;
        }
    }
}
