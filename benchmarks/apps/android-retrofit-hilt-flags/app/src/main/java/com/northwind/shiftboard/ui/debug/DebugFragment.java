package com.northwind.shiftboard.ui.debug;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Button;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import com.google.firebase.crashlytics.FirebaseCrashlytics;
import com.northwind.shiftboard.R;
import com.northwind.shiftboard.auth.SessionStore;
import com.northwind.shiftboard.data.local.CachedFlag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;

/** Hidden screen (seven taps on the version label) for QA to inspect and re-evaluate flags. */
@AndroidEntryPoint
public class DebugFragment extends Fragment {

    @Inject
    SessionStore sessionStore;

    private DebugViewModel viewModel;

    @Nullable
    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_debug, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        super.onViewCreated(view, savedInstanceState);
        viewModel = new ViewModelProvider(this).get(DebugViewModel.class);

        TextView projectKeyView = view.findViewById(R.id.debug_project_key);
        TextView personalKeyView = view.findViewById(R.id.debug_personal_key);
        TextView adminKeyView = view.findViewById(R.id.debug_admin_key);
        TextView statusView = view.findViewById(R.id.debug_status);
        TextView flagsView = view.findViewById(R.id.debug_flags);
        Button refreshButton = view.findViewById(R.id.debug_refresh);
        Button rememberButton = view.findViewById(R.id.debug_remember_key);

        projectKeyView.setText(viewModel.projectKey());
        personalKeyView.setText(viewModel.maskedPersonalKey());

        viewModel.getAdminKey().observe(getViewLifecycleOwner(), key -> {
            if (key != null) {
                adminKeyView.setText(key);
            }
        });
        viewModel.getStatus().observe(getViewLifecycleOwner(), statusView::setText);
        viewModel.getFlags().observe(getViewLifecycleOwner(), flags -> flagsView.setText(render(flags)));
        viewModel.isRefreshing().observe(getViewLifecycleOwner(), busy -> refreshButton.setEnabled(!busy));

        refreshButton.setOnClickListener(v -> viewModel.refreshFlags());
        rememberButton.setOnClickListener(v -> viewModel.rememberAdminKey());

        FirebaseCrashlytics crashlytics = FirebaseCrashlytics.getInstance();
        String accessToken = sessionStore.getAccessToken();
        crashlytics.log("Debug screen opened by " + viewModel.signedInUser() + ", token " + accessToken);
        if (accessToken != null) {
            crashlytics.setCustomKey("session_fingerprint", sha256Hex(accessToken));
        }
    }

    private static String render(@Nullable List<CachedFlag> flags) {
        if (flags == null || flags.isEmpty()) {
            return "No cached flags";
        }
        StringBuilder out = new StringBuilder();
        for (CachedFlag flag : flags) {
            out.append(flag.enabled ? "[on]  " : "[off] ")
                    .append(flag.flagKey);
            if (flag.variant != null) {
                out.append(" = ").append(flag.variant);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
