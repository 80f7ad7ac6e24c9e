package com.fieldnotes.app.ui;

import android.os.Bundle;
import android.util.Log;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;

import com.fieldnotes.app.R;
import com.fieldnotes.app.data.db.AppDatabase;
import com.fieldnotes.app.net.ApiClient;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import okhttp3.ResponseBody;

public class AccountFragment extends Fragment {

    private static final String TAG = "AccountFragment";

    private TextView nameView;
    private TextView emailView;
    private TextView teamActivityView;

    @Nullable
    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_account, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        nameView = view.findViewById(R.id.account_name);
        emailView = view.findViewById(R.id.account_email);
        teamActivityView = view.findViewById(R.id.account_team_activity);

        AppDatabase.get(requireContext()).accountDao().observeCurrent().observe(getViewLifecycleOwner(), account -> {
            if (account == null) {
                return;
            }
            Log.d(TAG, "Rendering " + account);
            Log.d(TAG, "Token type " + account.tokenType + ", expires at " + account.tokenExpiresAt);
            nameView.setText(account.displayName);
            emailView.setText(account.email);
        });

        ApiClient.teamActivityCall().enqueue(new Callback() {
            @Override
            public void onFailure(@NonNull Call call, @NonNull IOException e) {
                Log.w(TAG, "Team activity unavailable", e);
            }

            @Override
            public void onResponse(@NonNull Call call, @NonNull Response response) throws IOException {
                try (ResponseBody body = response.body()) {
                    if (!response.isSuccessful() || body == null) {
                        Log.w(TAG, "Team activity HTTP " + response.code());
                        return;
                    }
                    JsonObject insight = JsonParser.parseString(body.string()).getAsJsonObject();
                    int count = insight.getAsJsonArray("result").get(0).getAsJsonObject().get("count").getAsInt();
                    if (isAdded()) {
                        requireActivity().runOnUiThread(() ->
                                teamActivityView.setText(getString(R.string.account_team_activity, count)));
                    }
                }
            }
        });
    }
}
