"""Chinese of autograder/data.py where the hw2 / hw4 notebooks paste its readers."""

MODULE = "autograder.data"

DOCSTRINGS = {
    "data_file": """
文件存在时，把 `path` 作为 Path 返回；否则抛出 FileNotFoundError，
用一句话说明这个文件应当放在哪里。
""",
    "read_idx": """
读取 gzip 压缩的 IDX 文件（MNIST）：图像 -> (count, rows, cols) uint8，标签 -> (count,) uint8。

文件缺失时抛出 FileNotFoundError，文件损坏时抛出 ValueError，
并各用一句话说明原因。
""",
    "mnist_subset": """
hw2 训练和评分所用的固定 MNIST 子集。

接收 read_idx 给出的数组（图像 (N, 28, 28) 或 (N, 784) uint8，标签 (N,)
uint8），用 np.random.default_rng(seed) 无放回地按抽取顺序先抽取 train_size 行
训练数据，再抽取 min(test_size, len(t_test)) 行测试数据。
返回 x_train (train_size, 784) float64，值在 [0, 1] 内，t_train (train_size, 10)
独热编码，x_test (test_size, 784)，t_test (test_size, 10)。
""",
    "read_catvnoncat_npz": """
读取 catvnoncat.npz，即猫 / 非猫图像，得到 numpy 数组（不需要 h5py）。

返回 train_x (209, 64, 64, 3) uint8，train_y (1, 209) int64（1 = 猫），
test_x (50, 64, 64, 3)，test_y (1, 50)，classes (2,) bytes [b'non-cat', b'cat']。
文件缺失时抛出 FileNotFoundError，文件损坏时抛出 ValueError。
""",
}

# The three lines of a message are one sentence, cut where the English code cuts it.
LINES = {
    'raise FileNotFoundError(f"{path.name} is missing: it belongs in the folder "':
        'raise FileNotFoundError(f"找不到 {path.name}：它应当放在文件夹 "',
    'f"{path.parent}/ (the datasets/ folder handed out beside "':
        'f"{path.parent}/ 中（随笔记本一起发放的 datasets/ 文件夹里"',
    '"the notebook holds it).")':
        '"就有这个文件）。")',
    'raise ValueError(f"{path} is damaged ({error}): copy it again.") from None':
        'raise ValueError(f"{path} 已损坏（{error}）：请重新复制一份。") from None',
    'raise ValueError(f"{path} is damaged (magic number {magic}, expected 2051 for "':
        'raise ValueError(f"{path} 已损坏（幻数为 {magic}，图像文件应为 2051，"',
    '"images or 2049 for labels): copy it again.")':
        '"标签文件应为 2049）：请重新复制一份。")',
    'raise ValueError(f"{path} is damaged ({len(raw)} bytes after gunzip, the header "':
        'raise ValueError(f"{path} 已损坏（解压后有 {len(raw)} 字节，而文件头声明的是 "',
    'f"announces {offset + int(np.prod(shape))}): copy it again.")':
        'f"{offset + int(np.prod(shape))} 字节）：请重新复制一份。")',
}
