package net.minecraft.network.chat;

public interface MutableComponent extends Component {
  MutableComponent append(Component sibling);

  MutableComponent withStyle(Object style);
}
