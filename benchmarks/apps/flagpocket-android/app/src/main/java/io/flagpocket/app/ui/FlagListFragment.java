package io.flagpocket.app.ui;

import android.os.Bundle;
import android.util.Log;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ArrayAdapter;
import android.widget.ListView;
import android.widget.SearchView;
import android.widget.Toast;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;

import io.flagpocket.app.R;
import io.flagpocket.app.data.FlagDatabase.FlagEntity;

public class FlagListFragment extends Fragment {

    private static final String TAG = "FlagListFragment";

    private FlagListViewModel viewModel;
    private ArrayAdapter<String> adapter;
    private final List<FlagEntity> all = new ArrayList<>();
    private String query = "";

    @Nullable
    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_flag_list, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        ListView list = view.findViewById(R.id.flag_list);
        SearchView search = view.findViewById(R.id.flag_search);
        adapter = new ArrayAdapter<>(requireContext(), android.R.layout.simple_list_item_1);
        list.setAdapter(adapter);

        viewModel = new ViewModelProvider(this).get(FlagListViewModel.class);
        viewModel.flags().observe(getViewLifecycleOwner(), flags -> {
            all.clear();
            all.addAll(flags);
            render();
        });
        viewModel.error().observe(getViewLifecycleOwner(), message ->
                Toast.makeText(requireContext(), message, Toast.LENGTH_SHORT).show());

        search.setOnQueryTextListener(new SearchView.OnQueryTextListener() {
            @Override
            public boolean onQueryTextSubmit(String text) {
                query = text;
                render();
                return true;
            }

            @Override
            public boolean onQueryTextChange(String text) {
                query = text;
                render();
                return true;
            }
        });
        viewModel.refresh();
    }

    /** Filters with a tiny query language: {@code checkout on}, {@code beta off}. */
    private void render() {
        List<String> terms = new ArrayList<>();
        StringTokenizer lexer = new StringTokenizer(query.toLowerCase(Locale.ROOT), " \t,");
        while (lexer.hasMoreTokens()) {
            String token = lexer.nextToken();
            Log.v(TAG, "filter token: " + token);
            terms.add(token);
        }
        adapter.clear();
        for (FlagEntity flag : all) {
            if (matches(flag, terms)) {
                adapter.add(flag.key + "  " + (flag.enabled ? "on" : "off")
                        + (flag.variant != null ? " (" + flag.variant + ")" : ""));
            }
        }
    }

    private static boolean matches(FlagEntity flag, List<String> terms) {
        for (String term : terms) {
            if (term.equals("on") && !flag.enabled) return false;
            if (term.equals("off") && flag.enabled) return false;
            if (!term.equals("on") && !term.equals("off") && !flag.key.contains(term)) return false;
        }
        return true;
    }
}
