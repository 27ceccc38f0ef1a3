"""A vehicle or a machine left overturned, wrecked or broken for months or years (古いトラクターがひっくり返った
まま何年も放置されています, 横転した軽トラが何か月もそのまま): an eyesore or a question of who clears it, not an
accident now (round 49, blind50a). Its events of an accident or a collapse are dropped, and the classifier is kept
quiet as a guard keeps it; someone under it or hurt is an event these do not drop (overturned_with_person...)."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# Months or years told (何年も, 何か月も, 3年, 半年以上), then left (放置, 置きっぱなし, 捨てられて, そのまま).
_SPAN = (r"(?:なんねん|何年|なんかげつ|何ヶ月|何か月|何カ月|はんとし|半年"
         r"|[0-9０-９一二三四五六七八九十数]+(?:ねん|年|かげつ|ヶ月|か月|カ月))"
         r"(?:も|いじょう|以上|ちかく|近く|かん|間)?")
_LEFT = (r"(?:ほうち|放置|おきっぱなし|置きっぱなし|おいたまま|置いたまま|すてられ|捨てられ|そのまま|ほったらかし"
         r"|おいてあ|置いてあ)")
LEFT_FOR_LONG = compile_folded(_SPAN + r"[^\n]{0,6}?" + _LEFT + "|" + _LEFT + r"(?:され|に)?[^\n]{0,6}?" + _SPAN
                               + r"(?:たつ|経つ|たって|経って|になる|すぎ|過ぎ)")
# The events of an accident or a collapse a thing left for long is read as.
LEFT_LONG_CANCELLED: frozenset[str] = frozenset({"collapsed", "traffic_accident", "overturned_vehicle"})
