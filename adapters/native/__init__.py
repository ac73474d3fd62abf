from adapters.base import Adapter
from adapters.native.models import NativeRecord
from adapters.native.settings import SETTINGS
from adapters.native.translate import translate

ADAPTER = Adapter(SETTINGS, translate, (NativeRecord,))
